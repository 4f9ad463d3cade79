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
 * (60 px) on one replica and spread over two, their ratio, throughput with one and two replicas,
 * and what the CPU per frame means for sizing (classrooms per core at one frame per second, cores
 * per 100 classrooms). Change propagation between replicas and the index build at start are
 * {@code ./bench.sh index-sync}. Asserts nothing.
 */
public final class ClusterBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 40);
    private static final int FACE_PX = Integer.getInteger("bench.px", 60);

    private ClusterBenchmark() {
    }

    /** One measured mode: frames answered, wall seconds, CPU of the replicas in ms. */
    private record Run(int frames, double seconds, double cpuMs, Stats latency) {

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

        try (ServiceProcess a = ServiceProcess.start(url, "a")) {
            Http httpA = new Http(a.port(), ServiceProcess.TOKEN);
            for (DemoFaces.DemoFace d : demo) { // the class is enrolled: recognition runs the whole path
                httpA.send("PUT", "/v1/subjects/" + d.subjectId() + "/faces", new Http.Form().jpeg("images",
                        "face.jpg", Augment.encodeJpeg(DemoFaces.portrait(demo, d), 92)));
            }
            warm(List.of(httpA), frames);
            Run[][] runs = new Run[sizes.length][4];
            for (int i = 0; i < sizes.length; i++) {
                runs[i][0] = measure(List.of(a), List.of(httpA), frames[i], 1);
                runs[i][1] = measure(List.of(a), List.of(httpA), frames[i], 2);
            }
            try (ServiceProcess b = ServiceProcess.start(url, "b")) {
                Http httpB = new Http(b.port(), ServiceProcess.TOKEN);
                warm(List.of(httpB), frames);
                for (int i = 0; i < sizes.length; i++) {
                    runs[i][2] = measure(List.of(a, b), List.of(httpA, httpB), frames[i], 2);
                    runs[i][3] = measure(List.of(a, b), List.of(httpA, httpB), frames[i], 4);
                }
                printFrames(sizes, runs);
            }
        }
        System.out.println("load average at the end: " + Files.readString(Path.of("/proc/loadavg")).trim());
        System.exit(0);
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
        Stats latency = new Stats(ROUNDS);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            jobs.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < ROUNDS; n = next.getAndIncrement()) {
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
        return new Run(ROUNDS, seconds, cpuAfter - cpuBefore, latency);
    }

    private static void printFrames(int[] sizes, Run[][] runs) {
        System.out.printf(Locale.ROOT, "%n== classroom frames 1280x720, faces of %d px, %d frames per figure "
                + "(CPU = all replicas' process CPU / frames)%n", FACE_PX, ROUNDS);
        System.out.println(
                "faces | 1 replica: CPU ms/frame, frames/s (1 client, 2 clients) | 2 replicas: CPU ms/frame, "
                        + "frames/s (2 clients, 4 clients) | CPU ratio 2 replicas / 1 (target <= 1.05)");
        for (int i = 0; i < sizes.length; i++) {
            Run[] r = runs[i];
            System.out.printf(Locale.ROOT, "%5d | %6.1f  %5.2f  %5.2f | %6.1f  %5.2f  %5.2f | %.3f%n", sizes[i],
                    r[0].cpuPerFrame(), r[0].framesPerSecond(), r[1].framesPerSecond(), r[2].cpuPerFrame(), r[2]
                            .framesPerSecond(), r[3].framesPerSecond(), r[2].cpuPerFrame() / r[0].cpuPerFrame());
            System.out.println("      " + r[0].latency().line("latency, 1 replica, 1 client"));
        }
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
