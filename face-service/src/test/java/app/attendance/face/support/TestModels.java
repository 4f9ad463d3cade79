package app.attendance.face.support;

import app.attendance.face.config.FaceProperties;
import app.attendance.face.image.Frame;
import app.attendance.face.image.ImageDecoder;
import app.attendance.face.onnx.FaceModels;
import app.attendance.face.pipeline.FacePipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.unit.DataSize;

/**
 * The real models and demo photos for tests and the benchmark, loaded once per JVM. Paths come
 * from the system properties Surefire sets ({@code attendance.models.dir},
 * {@code attendance.testimages.dir}), falling back to the checkout's {@code models/}.
 */
public final class TestModels {

    private static FacePipeline pipeline;
    private static FaceModels models;
    private static FaceProperties properties;

    private TestModels() {
    }

    public static Path modelsDir() {
        return Path.of(System.getProperty("attendance.models.dir", root().resolve("models/bundles").toString()))
                .resolve("faceplugin");
    }

    public static Path imagesDir() {
        return Path.of(System.getProperty("attendance.testimages.dir", root().resolve("models/test-images")
                .toString()));
    }

    /** The same defaults as application.yml. */
    public static synchronized FaceProperties properties() {
        if (properties == null) {
            properties = new FaceProperties("test-token", modelsDir(),
                    new FaceProperties.Models("fr_detect.onnx", "fr_landmark.onnx", "fr_feature.onnx",
                            "fr_liveness.onnx", "faceplugin-fr-feature", 127f, 128f),
                    new FaceProperties.Thresholds(0.5f, 0.65f, 0.5f, 0.65f, 0.5f, 0),
                    new FaceProperties.Quality(64, 40f, 35f, false, true),
                    new FaceProperties.Limits(DataSize.ofMegabytes(10), 40_000_000L, 8),
                    Integer.getInteger("face.inference.threads", 0), Integer.getInteger("face.threads", 1), 3f);
        }
        return properties;
    }

    public static synchronized FacePipeline pipeline() {
        if (pipeline == null) {
            pipeline = new FacePipeline(models(), properties());
        }
        return pipeline;
    }

    /** The models behind {@link #pipeline()}; in a JVM the first models opened get flush-to-zero. */
    public static synchronized FaceModels models() {
        if (models == null) {
            models = FaceModels.open(properties());
        }
        return models;
    }

    public static byte[] sampleBytes(int n) {
        try {
            return Files.readAllBytes(imagesDir().resolve("sample" + n + ".jpg"));
        } catch (IOException e) {
            throw new UncheckedIOException("demo photo missing: run models/fetch.sh", e);
        }
    }

    public static Frame sample(int n) {
        return new ImageDecoder(100L << 20, 100_000_000L).decode(sampleBytes(n), "sample" + n + ".jpg");
    }

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("models"))) {
            p = p.getParent();
        }
        return p == null ? Path.of("") : p;
    }
}
