package app.attendance.face.bench;

import app.attendance.face.support.Augment;
import app.attendance.face.support.ClassroomFrames;
import app.attendance.face.support.ClassroomFrames.Source;
import app.attendance.face.support.DemoFaces;
import app.attendance.face.support.Http;
import app.attendance.face.support.TestModels;
import app.attendance.face.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cluster benchmark behind {@code ./bench.sh cluster}: face-service replicas as separate JVMs on
 * one PostgreSQL. Prints, in one run: the CPU per 1280×720 classroom frame of 10, 20 and 30 faces
 * (60 px) sent to one replica and taking turns between two, one at a time and two at a time, in
 * interleaved blocks, with the ratios; throughput with one and two replicas;
 * and what the CPU per frame means for sizing (classrooms per core at one frame per second, cores
 * per 100 classrooms). Change propagation between replicas and the index build at start are
 * {@code ./bench.sh index-sync}. Asserts nothing.
 */
public final class ClusterBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 40);
    private static final int FACE_PX = Integer.getInteger("bench.px", 60);
    /** Blocks per mode and size; each block sends {@code ROUNDS / BLOCKS} frames. */
    private static final int BLOCKS = 4;
    /**
     * 1 replica, 1 client; 2 replicas taking turns, 1 client; 1 replica, 2 clients; 2 replicas, 2
     * clients; 2 replicas, 4 clients.
     */
    private static final int MODES = 5;

    private ClusterBenchmark() {
    }

    /** One measured mode: frames answered, wall seconds, CPU of the replicas in ms. */
    private record Run(int frames, double seconds, double cpuMs, Stats latency) {

        Run plus(Run other) {
            Stats both = new Stats(ROUNDS);
            both.addAll(latency);
            both.addAll(other.latency);
            return new Run(frames + other.frames, seconds + other.seconds, cpuMs + other.cpuMs, both);
        }

        double cpuPerFrame() {
            return cpuMs / frames;
        }

        double framesPerSecond() {
            return frames / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        String url = TestPostgres.database("bench_cluster_" + ProcessHandle.current().pid());
        System.out.println("load average at the start: " + Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf(Locale.ROOT, "%d cores; face-service replicas are separate JVMs on one PostgreSQL (%s)%n",
                Runtime.getRuntime().availableProcessors(), url);
        List<DemoFaces.DemoFace> demo = DemoFaces.all(TestModels.pipeline());
        List<Source> sources = demo.stream().map(d -> new Source(d.subjectId(), TestModels.sample(d.photo()), d
                .box())).toList();
        int[] sizes = {10, 20, 30};
        byte[][] frames = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            List<Source> seats = new ArrayList<>();
            for (int s = 0; s < sizes[i]; s++) {
                seats.add(sources.get(s % sources.size()));
            }
            frames[i] = Augment.encodeJpeg(ClassroomFrames.compose(seats, FACE_PX, 7 + i).frame(), 90);
        }

        try (ServiceProcess a = ServiceProcess.start(url, "a"); ServiceProcess b = ServiceProcess.start(url, "b")) {
            Http httpA = new Http(a.port(), ServiceProcess.TOKEN);
            Http httpB = new Http(b.port(), ServiceProcess.TOKEN);
            for (DemoFaces.DemoFace d : demo) { // the class is enrolled: recognition runs the whole path
                httpA.send("PUT", "/v1/subjects/" + d.subjectId() + "/faces", new Http.Form().jpeg("images",
                        "face.jpg", Augment.encodeJpeg(DemoFaces.portrait(demo, d), 92)));
            }
            warm(List.of(httpA, httpB), frames);
            List<ServiceProcess> one = List.of(a);
            List<ServiceProcess> two = List.of(a, b);
            Run[][] runs = new Run[sizes.length][MODES];
            for (int i = 0; i < sizes.length; i++) {
                // The modes take turns in short blocks, so a drift of the machine's load hits them alike.
                for (int block = 0; block < BLOCKS; block++) {
                    runs[i][0] = add(runs[i][0], measure(one, List.of(httpA), frames[i], 1));
                    runs[i][1] = add(runs[i][1], measure(two, List.of(httpA, httpB), frames[i], 1));
                    runs[i][2] = add(runs[i][2], measure(one, List.of(httpA), frames[i], 2));
                    runs[i][3] = add(runs[i][3], measure(two, List.of(httpA, httpB), frames[i], 2));
                    runs[i][4] = add(runs[i][4], measure(two, List.of(httpA, httpB), frames[i], 4));
                }
            }
            printFrames(sizes, runs);
        }
        System.out.println("load average at the end: " + Files.readString(Path.of("/proc/loadavg")).trim());
        System.exit(0);
    }

    private static Run add(Run sum, Run block) {
        return sum == null ? block : sum.plus(block);
    }

    /** 15 s of frames first: the JIT compilers are done before anything is counted. */
    private static void warm(List<Http> replicas, byte[][] frames) {
        long until = System.nanoTime() + 15_000_000_000L;
        for (int i = 0; System.nanoTime() < until; i++) {
            recognize(replicas.get(i % replicas.size()), frames[i % frames.length]);
        }
    }

    private static Run measure(List<ServiceProcess> services, List<Http> replicas, byte[] frame, int clients)
            throws Exception {
        long cpuBefore = 0;
        for (ServiceProcess s : services) {
            cpuBefore += s.cpuMillis();
        }
        int rounds = ROUNDS / BLOCKS;
        Stats latency = new Stats(rounds);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            jobs.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < rounds; n = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    Http.Answer answer = recognize(replicas.get(n % replicas.size()), frame);
                    if (answer.status() != 200) {
                        throw new IllegalStateException("recognize answered " + answer.status() + ": " + answer
                                .body());
                    }
                    synchronized (latency) {
                        latency.add(System.nanoTime() - t0);
                    }
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long cpuAfter = 0;
        for (ServiceProcess s : services) {
            cpuAfter += s.cpuMillis();
        }
        return new Run(rounds, seconds, cpuAfter - cpuBefore, latency);
    }

    private static void printFrames(int[] sizes, Run[][] runs) {
        System.out.printf(Locale.ROOT, "%n== classroom frames 1280x720, faces of %d px, %d frames per figure in %d "
                + "interleaved blocks (CPU = process CPU of the replicas sent frames / frames)%n", FACE_PX, ROUNDS,
                BLOCKS);
        System.out.println("CPU ms per frame, the same frames sent one at a time (1 client) and two at a time "
                + "(2 clients), to one replica or taking turns between two; ratio = two / one (target <= 1.05)");
        System.out.println("faces | 1 client: 1 replica  2 replicas  ratio | 2 clients: 1 replica  2 replicas  "
                + "ratio | frames/s: 1 replica (1, 2 clients)  2 replicas (2, 4 clients)");
        for (int i = 0; i < sizes.length; i++) {
            Run[] r = runs[i];
            System.out.printf(Locale.ROOT,
                    "%5d | %19.1f  %10.1f  %5.3f | %20.1f  %10.1f  %5.3f | %14.2f %5.2f  %17.2f %5.2f%n", sizes[i],
                    r[0].cpuPerFrame(), r[1].cpuPerFrame(), r[1].cpuPerFrame() / r[0].cpuPerFrame(), r[2]
                            .cpuPerFrame(), r[3].cpuPerFrame(), r[3].cpuPerFrame() / r[2].cpuPerFrame(), r[0]
                                    .framesPerSecond(), r[2].framesPerSecond(), r[3].framesPerSecond(), r[4]
                                            .framesPerSecond());
            System.out.println("      " + r[0].latency().line("latency, 1 replica, 1 client"));
        }
        double[] pooled = new double[4];
        for (Run[] r : runs) {
            for (int m = 0; m < pooled.length; m++) {
                pooled[m] += r[m].cpuMs();
            }
        }
        System.out.printf(Locale.ROOT, "all sizes | 1 client: ratio %.3f | 2 clients: ratio %.3f | both: %.3f "
                + "(target <= 1.05)%n", pooled[1] / pooled[0], pooled[3] / pooled[2], (pooled[1] + pooled[3])
                        / (pooled[0] + pooled[2]));
        System.out.println("Two replicas on this one machine share its cores: with 2 clients they compete for them "
                + "as two requests in one replica do.");
        System.out.printf(Locale.ROOT, "%n== sizing at one frame per second per classroom (face-service only; "
                + "CPU of one replica, 1 client)%n");
        System.out.println("faces | CPU ms/frame | classrooms per core | cores per 100 classrooms");
        for (int i = 0; i < sizes.length; i++) {
            double cpu = runs[i][0].cpuPerFrame();
            System.out.printf(Locale.ROOT, "%5d | %12.1f | %19.1f | %24.1f%n", sizes[i], cpu, 1000 / cpu, 100 * cpu
                    / 1000);
        }
    }

    private static Http.Answer recognize(Http http, byte[] jpeg) {
        return http.post("/v1/recognize", new Http.Form().jpeg("image", "frame.jpg", jpeg));
    }
}
