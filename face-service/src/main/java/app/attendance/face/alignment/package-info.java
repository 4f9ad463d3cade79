/** 68-point landmarks, the five alignment points and the similarity warp onto the 112×112 template. */
package app.attendance.face.alignment;
