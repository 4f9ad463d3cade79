/**
 * The {@code face.*} properties. The bottom of the service's packages: every feature may read
 * {@link app.attendance.face.config.FaceProperties}, and this package imports nothing of the
 * features, so it closes no loop; each feature wires its own beans (e.g. {@code onnx.ModelsConfig},
 * {@code pipeline.PipelineConfig}).
 */
package app.attendance.face.config;
