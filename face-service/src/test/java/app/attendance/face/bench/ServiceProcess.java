package app.attendance.face.bench;

import app.attendance.face.FaceServiceApplication;
import app.attendance.face.support.TestModels;
import app.attendance.face.support.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** face-service started as its own JVM (as deployed), so its memory is measured alone. */
final class ServiceProcess implements AutoCloseable {

    static final String TOKEN = "bench-token";

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ServiceProcess start() throws Exception {
        return start(TestPostgres.database("bench_face_" + ProcessHandle.current().pid()), "single");
    }

    /**
     * Starts a replica on the given database (a test JVM's embedded PostgreSQL), with an index
     * folder of its own named after {@code name}.
     */
    static ServiceProcess start(String databaseUrl, String name) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + System.getProperty("bench.service.heap",
                "384m"),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector"));
        String extra = System.getProperty("bench.service.jvm", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+"))); // e.g. a flight recording
        }
        Path index = Files.createTempDirectory("face-bench-" + name + "-").resolve("index");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                FaceServiceApplication.class.getName(), "--server.port=" + port, "--face.api-token=" + TOKEN,
                "--face.models-dir=" + TestModels.modelsDir(), "--logging.level.root=WARN",
                "--face.index-dir=" + index, "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ServiceProcess service = new ServiceProcess(p, port);
        service.awaitHealthy();
        return service;
    }

    int port() {
        return port;
    }

    /** CPU time (user + system) the service process has used so far, in milliseconds. */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[11] and [12] are utime and stime (the 14th and 15th of the whole line), in clock ticks of 10 ms
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    Path status() {
        return Path.of("/proc", Long.toString(process.pid()), "status");
    }

    private void awaitHealthy() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 960; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("face-service exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers
                                .ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("face-service did not become healthy in 240 s");
    }

    @Override
    public void close() {
        process.destroy();
    }
}
