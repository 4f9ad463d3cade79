/** The vector index of enrolled faces: durable storage and per-subject nearest-neighbour search. */
package app.attendance.face.index;
