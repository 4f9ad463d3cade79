/** Generates a realistic school (students, timetable, a term of attendance) for demos and benchmarks. */
package app.attendance.api.datagen;
