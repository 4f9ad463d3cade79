/** Face detection: the detector model, its pre-processing and non-maximum suppression. */
package app.attendance.face.detection;
