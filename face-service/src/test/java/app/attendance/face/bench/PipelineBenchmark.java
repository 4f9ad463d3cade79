package app.attendance.face.bench;

import app.attendance.face.alignment.FaceAligner;
import app.attendance.face.alignment.Point;
import app.attendance.face.alignment.Region;
import app.attendance.face.detection.Detection;
import app.attendance.face.detection.Tile;
import app.attendance.face.image.Frame;
import app.attendance.face.image.ImageDecoder;
import app.attendance.face.onnx.FaceModels;
import app.attendance.face.onnx.OnnxModel;
import app.attendance.face.pipeline.AnalysedFace;
import app.attendance.face.pipeline.FacePipeline;
import app.attendance.face.support.DemoFaces;
import app.attendance.face.support.Http;
import app.attendance.face.support.TestModels;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-stage and end-to-end timings of the pipeline on 640×480 frames with 1 and 10 faces,
 * in-process and over HTTP, one client and four, next to the models' raw inference time in the
 * same run; sustained faces/s on 10-face frames with liveness; resident memory. Prints figures.
 */
public final class PipelineBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 200);

    public static void main(String[] args) throws Exception {
        FacePipeline pipeline = TestModels.pipeline();
        List<DemoFaces.DemoFace> demo = DemoFaces.all(pipeline);
        Frame one = BenchFrames.oneFace(demo);
        Frame ten = BenchFrames.tenFaces(demo);
        byte[] oneJpeg = BenchFrames.jpeg(one);
        byte[] tenJpeg = BenchFrames.jpeg(ten);
        System.out.println("load average at the start: " + Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf(Locale.ROOT, "inference threads %d, ONNX Runtime intra-op threads %d (in-process part)%n",
                TestModels.models().threads().size(), TestModels.properties().intraOpThreads());
        System.out.printf(Locale.ROOT, "cores %d, rounds %d, faces found: 1-face frame %d, 10-face frame %d%n",
                Runtime.getRuntime().availableProcessors(), ROUNDS, pipeline.analyse(one).size(), pipeline.analyse(ten)
                        .size());

        FaceModels models = TestModels.models();
        String only = System.getProperty("bench.only", "");
        if ("classroom".equals(only)) { // bench.only=classroom: just the 30-face 1280x720 frame, in-process
            classroom(pipeline, models, demo);
            System.out.println("load average at the end: " + Files.readString(Path.of("/proc/loadavg")).trim());
            return;
        }
        if (!"http".equals(only)) { // bench.only=http: just the HTTP part
            // Stage by stage on one inference thread (flush-to-zero set), then end to end as the
            // service runs it: from a request thread, the pieces spread over the inference threads.
            models.threads().call(() -> inProcess("1-face 640x480", pipeline, models, oneJpeg));
            endToEnd("1-face 640x480", pipeline, models, oneJpeg);
            models.threads().call(() -> inProcess("10-face 640x480", pipeline, models, tenJpeg));
            endToEnd("10-face 640x480", pipeline, models, tenJpeg);
            classroom(pipeline, models, demo);
            concurrentInProcess(pipeline, tenJpeg, 4);

            System.out.println("\nmemory of this benchmark JVM (models, no web server):" + memory(Path.of(
                    "/proc/self/status")));
        }

        try (ServiceProcess service = ServiceProcess.start()) {
            Http http = new Http(service.port(), ServiceProcess.TOKEN);
            // A long-running service is measured, not a cold one: 15 s of frames first, so the
            // JIT compilers are done and their CPU does not count against the requests.
            long warmUntil = System.nanoTime() + 15_000_000_000L;
            while (System.nanoTime() < warmUntil) {
                recognize(http, tenJpeg);
                recognize(http, oneJpeg);
            }
            overHttp("1-face /v1/recognize", http, service, oneJpeg, 1);
            overHttp("1-face /v1/recognize", http, service, oneJpeg, 4);
            overHttp("10-face /v1/recognize", http, service, tenJpeg, 1);
            overHttp("10-face /v1/recognize", http, service, tenJpeg, 4);
            System.out.println("\nmemory of the face-service process after the HTTP runs:" + memory(service.status()));
        }
        System.out.println("load average at the end: " + Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** The 1280×720 classroom with 30 faces of about 60 px, end to end against the models alone. */
    private static void classroom(FacePipeline pipeline, FaceModels models, List<DemoFaces.DemoFace> demo) {
        Frame classroom = BenchFrames.classroom(demo, 30, 60);
        byte[] classroomJpeg = BenchFrames.jpeg(classroom);
        System.out.printf(Locale.ROOT, "%n1280x720 classroom: 30 faces of about 60 px, %d found, %d detector tiles%n",
                pipeline.analyse(classroom).size(), Tile.of(classroom.width(), classroom.height(),
                        TestModels.properties().tileScale()).size());
        endToEnd("30-face 1280x720 classroom", pipeline, models, classroomJpeg);
    }

    private static Void inProcess(String label, FacePipeline p, FaceModels models, byte[] jpeg) {
        ImageDecoder decoder = new ImageDecoder(10L << 20, 40_000_000L);
        Stages s = Stages.of(models, TestModels.properties());
        Stats decode = new Stats(ROUNDS);
        Stats detect = new Stats(ROUNDS);
        Stats landmarks = new Stats(ROUNDS * 10);
        Stats align = new Stats(ROUNDS * 10);
        Stats embed = new Stats(ROUNDS * 10);
        Stats live = new Stats(ROUNDS * 10);
        Stats endToEnd = new Stats(ROUNDS);
        Stats raw = new Stats(ROUNDS);
        Stats endToEndCpu = new Stats(ROUNDS);
        Stats rawCpu = new Stats(ROUNDS);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < 20; warm++) {
            p.analyse(decoder.decode(jpeg, "frame"));
        }
        Frame frame = decoder.decode(jpeg, "frame");
        int faces = s.detector().detect(frame).size();
        float[] detIn = new float[3 * 240 * 320];
        float[] lmIn = new float[64 * 64];
        float[] recIn = new float[3 * 112 * 112];
        float[] liveIn = new float[3 * 128 * 128];
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            Frame f = decoder.decode(jpeg, "frame");
            long t1 = System.nanoTime();
            List<Detection> found = s.detector().detect(f);
            long t2 = System.nanoTime();
            decode.add(t1 - t0);
            detect.add(t2 - t1);
            for (Detection d : found) {
                Region square = Region.squareOf(d, f.width(), f.height());
                long a = System.nanoTime();
                List<Point> five = s.landmarks().fivePoints(f, square);
                long b = System.nanoTime();
                float[] aligned = FaceAligner.align(f, five);
                long c = System.nanoTime();
                s.embedder().embed(aligned);
                long d2 = System.nanoTime();
                s.liveness().score(f, square);
                long e = System.nanoTime();
                landmarks.add(b - a);
                align.add(c - b);
                embed.add(d2 - c);
                live.add(e - d2);
            }
            long e0 = System.nanoTime();
            List<AnalysedFace> all = s.analyseHere(decoder.decode(jpeg, "frame"));
            endToEnd.add(System.nanoTime() - e0);
            long c0 = cpu.getCurrentThreadCpuTime();
            s.analyseHere(decoder.decode(jpeg, "frame"));
            endToEndCpu.add(cpu.getCurrentThreadCpuTime() - c0);
            long c1 = cpu.getCurrentThreadCpuTime();
            long r0 = System.nanoTime();
            run(models.detector(), detIn);
            for (int i = 0; i < all.size(); i++) {
                run(models.landmarks(), lmIn);
                run(models.recognizer(), recIn);
                run(models.liveness(), liveIn);
            }
            raw.add(System.nanoTime() - r0);
            rawCpu.add(cpu.getCurrentThreadCpuTime() - c1);
        }
        System.out.printf(Locale.ROOT, "%nin-process, stage after stage on one inference thread, %s (%d faces):%n",
                label, faces);
        System.out.println(decode.line("decode JPEG"));
        System.out.println(detect.line("detect (resize + model + NMS)"));
        System.out.println(landmarks.line("landmarks, per face"));
        System.out.println(align.line("align, per face"));
        System.out.println(embed.line("embed, per face"));
        System.out.println(live.line("liveness, per face"));
        System.out.println(endToEnd.line("end to end on this thread (decode + all stages)"));
        System.out.println(raw.line("raw inference of the models alone"));
        System.out.printf(Locale.ROOT, "  end-to-end / raw inference, both on one thread: %.2f (p50)%n", endToEnd.p(0.5)
                / raw.p(0.5));
        System.out.println(endToEndCpu.line("end to end, CPU time of the calling thread"));
        System.out.println(rawCpu.line("raw inference, CPU time of the calling thread"));
        System.out.printf(Locale.ROOT,
                "  CPU end-to-end / raw inference: %.2f (p50); with face.threads=1 this is the whole"
                        + " cost: %.0f faces/s per core%n", endToEndCpu.p(0.5) / rawCpu.p(0.5), faces * 1000
                                / endToEndCpu.p(0.5));
        return null;
    }

    /**
     * End to end as a request runs it (decode on this thread, the models' pieces on the inference
     * threads), next to the same models run alone with the same parallelism (detector, then per
     * face landmarks + recogniser beside liveness) and run alone one after the other.
     */
    private static void endToEnd(String label, FacePipeline p, FaceModels models, byte[] jpeg) {
        ImageDecoder decoder = new ImageDecoder(10L << 20, 40_000_000L);
        float[] detIn = new float[3 * 240 * 320];
        float[] lmIn = new float[64 * 64];
        float[] recIn = new float[3 * 112 * 112];
        float[] liveIn = new float[3 * 128 * 128];
        Frame decoded = decoder.decode(jpeg, "frame");
        int faces = p.analyse(decoded).size();
        int tiles = Tile.of(decoded.width(), decoded.height(), TestModels.properties().tileScale()).size();
        List<java.util.function.Supplier<Object>> pieces = new ArrayList<>();
        for (int i = 0; i < faces; i++) {
            pieces.add(() -> {
                run(models.landmarks(), lmIn);
                run(models.recognizer(), recIn);
                return null;
            });
            pieces.add(() -> {
                run(models.liveness(), liveIn);
                return null;
            });
        }
        List<java.util.function.Supplier<Object>> detections = new ArrayList<>();
        for (int i = 0; i < tiles; i++) {
            detections.add(() -> run(models.detector(), detIn));
        }
        Stats endToEnd = new Stats(ROUNDS);
        Stats rawParallel = new Stats(ROUNDS);
        Stats rawSerial = new Stats(ROUNDS);
        long cpu = 0;
        long rawCpu = 0;
        for (int r = 0; r < ROUNDS + 20; r++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            p.analyse(decoder.decode(jpeg, "frame"));
            long t1 = System.nanoTime();
            if (r >= 20) {
                cpu += processCpuNanos() - c0;
            }
            models.threads().all(detections);
            models.threads().all(pieces);
            long t2 = System.nanoTime();
            long c2 = processCpuNanos();
            models.threads().call(() -> {
                for (int i = 0; i < tiles; i++) {
                    run(models.detector(), detIn);
                }
                for (int i = 0; i < faces; i++) {
                    run(models.landmarks(), lmIn);
                    run(models.recognizer(), recIn);
                    run(models.liveness(), liveIn);
                }
                return null;
            });
            long t3 = System.nanoTime();
            if (r >= 20) {
                rawCpu += processCpuNanos() - c2;
                endToEnd.add(t1 - t0);
                rawParallel.add(t2 - t1);
                rawSerial.add(t3 - t2);
            }
        }
        System.out.printf(Locale.ROOT,
                "%nin-process, as a request runs it (%d inference threads), %s (%d faces, %d detector runs):%n",
                models.threads().size(), label, faces, tiles);
        System.out.println(endToEnd.line("end to end (decode + all stages)"));
        System.out.println(rawParallel.line("raw inference, same parallelism"));
        System.out.println(rawSerial.line("raw inference, one model after another"));
        System.out.printf(Locale.ROOT,
                "  end-to-end / raw inference: %.2f (p50) against the same parallelism, %.2f against"
                        + " one after another%n", endToEnd.p(0.5) / rawParallel.p(0.5), endToEnd.p(0.5) / rawSerial.p(
                                0.5));
        System.out.printf(Locale.ROOT, "  CPU per frame end to end: %.1f ms (all threads of this process; target for"
                + " 30 new faces at 1280x720: <= 300 ms; end to end <= 1.15x the models alone)%n", cpu / 1e6 / ROUNDS);
        // The same measure of the models alone, one after another: unlike their wall time, it does
        // not grow when other processes take the cores.
        System.out.printf(Locale.ROOT, "  CPU per frame of the models alone one after another: %.1f ms; end to end /"
                + " models alone: %.2f (CPU)%n", rawCpu / 1e6 / ROUNDS, (double) cpu / rawCpu);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void concurrentInProcess(FacePipeline p, byte[] jpeg, int threads) throws Exception {
        ImageDecoder decoder = new ImageDecoder(10L << 20, 40_000_000L);
        AtomicLong faces = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            jobs.add(pool.submit(() -> {
                for (int r = 0; r < ROUNDS / threads; r++) {
                    faces.addAndGet(p.analyse(decoder.decode(jpeg, "frame")).size());
                }
            }));
        }
        for (Future<?> j : jobs) {
            j.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT,
                "%nin-process, %d threads, 10-face frames with liveness: %.0f faces/s (%.1f frames/s)%n",
                threads, faces.get() / seconds, (ROUNDS / threads * threads) / seconds);
    }

    private static void overHttp(String label, Http http, ServiceProcess service, byte[] jpeg, int clients)
            throws Exception {
        for (int warm = 0; warm < 10; warm++) {
            recognize(http, jpeg);
        }
        long cpuBefore = service.cpuMillis();
        long clientCpuBefore = ManagementFactory
                .getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                        ? os.getProcessCpuTime() : 0;
        Stats latency = new Stats(ROUNDS);
        AtomicLong faces = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            jobs.add(pool.submit(() -> {
                for (int r = 0; r < ROUNDS / clients; r++) {
                    long t0 = System.nanoTime();
                    Http.Answer a = recognize(http, jpeg);
                    long t = System.nanoTime() - t0;
                    if (a.status() == 200) {
                        synchronized (latency) {
                            latency.add(t);
                        }
                        faces.addAndGet(a.json().get("faces").size());
                    } else {
                        refused.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> j : jobs) {
            j.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int requests = ROUNDS / clients * clients;
        double serviceCpu = (service.cpuMillis() - cpuBefore) / (double) requests;
        double clientCpu = ManagementFactory
                .getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                        ? (os.getProcessCpuTime() - clientCpuBefore) / 1e6 / requests : Double.NaN;
        System.out.printf(Locale.ROOT, "%nover HTTP, %d client(s), %s: %.0f faces/s, %.1f requests/s, refused %d;"
                + " CPU per request: service %.1f ms, benchmark client %.1f ms%n",
                clients, label, faces.get() / seconds, (requests - refused.get()) / seconds, refused.get(), serviceCpu,
                clientCpu);
        System.out.println(latency.line("latency"));
    }

    private static Http.Answer recognize(Http http, byte[] jpeg) {
        return http.post("/v1/recognize", new Http.Form().jpeg("image", "frame.jpg", jpeg));
    }

    private static Void run(OnnxModel model, float[] input) {
        model.run(input);
        return null;
    }

    private static String memory(Path status) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
                out.append("  ").append(line.replaceAll("\\s+", " "));
            }
        }
        return out.toString();
    }
}
