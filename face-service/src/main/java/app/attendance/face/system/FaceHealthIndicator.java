package app.attendance.face.system;

import app.attendance.face.index.FaceIndex;
import app.attendance.face.index.IndexStats;
import app.attendance.face.pipeline.FacePipeline;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** UP when the models are loaded (the pipeline exists) and the index answers. */
@Component("faceService")
class FaceHealthIndicator implements HealthIndicator {

    private final FacePipeline pipeline;
    private final FaceIndex index;

    FaceHealthIndicator(FacePipeline pipeline, FaceIndex index) {
        this.pipeline = pipeline;
        this.index = index;
    }

    @Override
    public Health health() {
        try {
            IndexStats stats = index.stats();
            return Health.up().withDetail("modelId", pipeline.modelId()).withDetail("faces", stats.faces()).build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
