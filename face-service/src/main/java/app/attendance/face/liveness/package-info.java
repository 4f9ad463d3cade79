/** Presentation-attack (spoof) detection on a widened crop around the face. */
package app.attendance.face.liveness;
