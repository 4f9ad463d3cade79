/** The recogniser: an aligned face to an L2-normalised embedding tagged with its model id. */
package app.attendance.face.embedding;
