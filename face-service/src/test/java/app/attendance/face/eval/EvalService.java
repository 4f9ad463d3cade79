package app.attendance.face.eval;

import app.attendance.face.FaceServiceApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * face-service as its own JVM, as deployed (application.yml defaults), on a free port with an
 * empty index in a temporary folder. Its output goes to a log file that is printed when it fails.
 */
final class EvalService implements AutoCloseable {

    static final String TOKEN = "eval-token";

    private final Process process;
    private final int port;
    private final Path indexDir;
    private final Path log;

    private EvalService(Process process, int port, Path indexDir, Path log) {
        this.process = process;
        this.port = port;
        this.indexDir = indexDir;
        this.log = log;
    }

    /** Starts the service with the given models folder and extra {@code --name=value} settings. */
    static EvalService start(Path modelsDir, Path log, List<String> settings) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path index = Files.createTempDirectory("face-eval-index");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + System.getProperty("eval.service.heap", "512m"),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                FaceServiceApplication.class.getName(), "--server.port=" + port, "--face.api-token=" + TOKEN,
                "--face.models-dir=" + modelsDir, "--face.index-dir=" + index, "--logging.level.root=WARN"));
        command.addAll(settings);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        EvalService service = new EvalService(p, port, index, log);
        try {
            service.awaitHealthy();
        } catch (Exception e) {
            service.close();
            throw e;
        }
        return service;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time (user + system) the service process has used so far, in milliseconds (10 ms ticks). */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private void awaitHealthy() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 480; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("face-service exited with " + process.exitValue() + "; its log ("
                        + log + "):\n" + tail());
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
        throw new IllegalStateException("face-service did not become healthy in 120 s; its log (" + log + "):\n"
                + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(indexDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
