package app.attendance.face.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The labelled folder tree: {@code identities/<name>/*.jpg}, {@code liveness/live/*},
 * {@code liveness/spoof/*}, {@code groups/*.jpg}. Missing parts are empty; file order is by name.
 */
record FaceSet(Path root, Map<String, List<Path>> identities, List<Path> live, List<Path> spoof, List<Path> groups) {

    static FaceSet read(Path root) {
        Map<String, List<Path>> identities = new TreeMap<>();
        for (Path person : list(root.resolve("identities"))) {
            if (Files.isDirectory(person)) {
                List<Path> photos = images(person);
                if (!photos.isEmpty()) {
                    identities.put(person.getFileName().toString(), photos);
                }
            }
        }
        return new FaceSet(root, identities, images(root.resolve("liveness/live")), images(root.resolve(
                "liveness/spoof")),
                images(root.resolve("groups")));
    }

    boolean exists() {
        return Files.isDirectory(root);
    }

    static List<Path> images(Path dir) {
        return list(dir).stream().filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return Files.isRegularFile(p) && (n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png"));
        }).toList();
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
