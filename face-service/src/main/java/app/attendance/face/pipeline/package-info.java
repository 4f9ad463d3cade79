/** The whole face pipeline for one frame, and {@code POST /v1/detect} which exposes it. */
package app.attendance.face.pipeline;
