/** Classes (e.g. 10A1): list, edit, and a class's students. */
package app.attendance.web.schoolclass;
