package app.attendance.face.index;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** Gauges of the index size: faces, subjects and bytes on disk. */
final class IndexMetrics implements MeterBinder {

    private final FaceIndex index;

    IndexMetrics(FaceIndex index) {
        this.index = index;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("face.index.faces", index, i -> i.stats().faces())
                .description("Enrolled faces in the index").register(registry);
        Gauge.builder("face.index.subjects", index, i -> i.stats().subjects())
                .description("Subjects with at least one enrolled face").register(registry);
        Gauge.builder("face.index.disk", index, i -> i.stats().diskBytes())
                .baseUnit("bytes").description("Size of the index folder").register(registry);
    }
}
