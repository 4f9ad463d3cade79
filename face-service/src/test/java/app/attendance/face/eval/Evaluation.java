package app.attendance.face.eval;

import app.attendance.face.support.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of {@code ./bench.sh face-eval}: starts face-service, prints its thresholds, then
 * the four sections (classroom frames, group photos, close-range liveness, cost per frame) over
 * the labelled folder given as the first argument and the demo photos.
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path faces = Path.of(args.length > 0 ? args[0] : "../shared/faces").toAbsolutePath().normalize();
        FaceSet set = FaceSet.read(faces);
        List<Path> demo = FaceSet.images(TestModels.imagesDir()).stream()
                .filter(p -> p.getFileName().toString().startsWith("sample")).toList();
        Path save = System.getenv("SAVE") == null || System.getenv("SAVE").isBlank() ? null
                : Files.createDirectories(Path.of(System.getenv("SAVE")).toAbsolutePath());
        long seed = Long.getLong("eval.seed", 12);
        System.out.printf(Locale.ROOT, "face-service evaluation, %s, %d cores, load %s, seed %d%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).trim(), seed);
        describe(set, demo);
        Path log = Path.of(System.getProperty("eval.log", "face-service/target/eval-service.log"));
        // Every face gets its similarities: the liveness gate is applied here from each answer's
        // liveness verdict instead of by the service, so both figures come from one run.
        try (EvalService service = EvalService.start(TestModels.modelsDir(), log,
                List.of("--face.quality.recognition-requires-live=false"))) {
            FaceApi api = new FaceApi(service.port(), EvalService.TOKEN);
            FaceApi.Info info = api.info();
            System.out.printf(Locale.ROOT, "service: pid %d, model %s, thresholds %s (GET /v1/info); started with"
                    + " recognition-requires-live=false, the gate is applied from each face's liveness verdict%n",
                    service.pid(), info.modelId(), info.raw());
            List<Path> groupPhotos = new ArrayList<>(set.groups());
            groupPhotos.addAll(demo);
            Sources sources = Sources.find(api, set.identities(), groupPhotos);
            List<BucketTally> tallies = List.of();
            Classroom classroom = new Classroom(api, service, info, sources, save);
            if (classroom.students() >= 3 && classroom.strangerPool() > 0) {
                System.out.printf(Locale.ROOT,
                        "%nclassroom: %d students enrolled (%s; other photos in the frames),"
                                + " %d stranger faces, sessions of %d frames (%d per size where tiles leave room for the usual attendees)%s%n",
                        classroom.students(), Classroom.ENROL_PHOTOS == 1 ? "one photo each" : "up to "
                                + Classroom.ENROL_PHOTOS + " photos each", classroom.strangerPool(), Classroom.FRAMES,
                        Classroom.SESSIONS,
                        sources.notFound.isEmpty() ? "" : "; no face found in " + sources.notFound);
                tallies = classroom.run(seed);
                ClassroomReport.print(tallies);
            } else {
                System.out.println(
                        "\n1. Classroom frames: SKIPPED, they need at least 3 identities with two photos or more"
                                + " and some strangers under " + faces.resolve("identities") + " (found " + classroom
                                        .students() + ")");
            }
            GroupCounts.print(api, groupPhotos);
            if (!set.live().isEmpty() || !set.spoof().isEmpty()) {
                LivenessSets.named(api, set.live(), set.spoof());
            } else {
                System.out.println("\n3a/3b. Liveness sets: SKIPPED, no photos under " + faces.resolve(
                        "liveness/{live,spoof}"));
            }
            List<Path> real = set.identities().values().stream().flatMap(List::stream).toList();
            if (!real.isEmpty()) {
                LivenessSets.realBySize(api,
                        "3c. Liveness on untouched real photos: identities (largest face per photo)", real, false);
            }
            LivenessSets.realBySize(api, "3d. Liveness on untouched real photos: group and demo photos (every face)",
                    groupPhotos, true);
            if (!tallies.isEmpty()) {
                ClassroomReport.cost(tallies);
            }
        }
        System.out.printf(Locale.ROOT, "%nevaluation took %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void describe(FaceSet set, List<Path> demo) {
        if (!set.exists()) {
            System.out.println("labelled folder " + set.root() + " DOES NOT EXIST: evaluating the demo photos only");
        } else {
            int photos = set.identities().values().stream().mapToInt(List::size).sum();
            System.out.printf(Locale.ROOT, "labelled folder %s: %d identities (%d photos), liveness live %d / spoof %d,"
                    + " groups %d%n", set.root(), set.identities().size(), photos, set.live().size(), set.spoof()
                            .size(),
                    set.groups().size());
        }
        System.out.println("demo photos: " + (demo.isEmpty() ? "NONE (run models/fetch.sh)" : demo.size() + " in "
                + TestModels.imagesDir()));
    }
}
