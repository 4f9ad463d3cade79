/** Live recognition: frames, consensus, liveness gate, pending review, evidence and its retention. */
package app.attendance.api.attendance.recognition;
