package app.attendance.face.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Section 1: a class enrolled from one photo per student (an identity with at least two photos;
 * {@code eval.enrolPhotos} and {@code eval.minPhotos} enrol more photos per student, with at least
 * one left over for the frames),
 * then per face size sessions of {@link #FRAMES} frames, each frame holding the session's
 * attendees (another photo than the enrolment one) and strangers, sent to
 * {@code POST /v1/recognize} with the class as candidates. A quarter of the class stays away;
 * where big tiles leave room for fewer, more stay away and there are more sessions (about
 * {@link #SESSIONS} × the usual attendees at every size).
 */
final class Classroom {

    static final int[] SIZES = {24, 32, 48, 64, 96};
    static final int SESSIONS = Integer.getInteger("eval.sessions", 6);
    static final int FRAMES = 3;
    /** Photos enrolled per student (the first accepted ones by name); the others are probes. */
    static final int ENROL_PHOTOS = Integer.getInteger("eval.enrolPhotos", 1);
    /** Photos an identity needs to be a student (default one more than it enrols); fewer: a stranger. */
    static final int MIN_PHOTOS = Integer.getInteger("eval.minPhotos", ENROL_PHOTOS + 1);

    private final FaceApi api;
    private final EvalService service;
    private final FaceApi.Info info;
    private final Path save;
    private final Map<String, SourceFace> enrolled = new java.util.TreeMap<>();
    private final Map<String, List<SourceFace>> probes = new HashMap<>();
    private final List<SourceFace> strangers = new ArrayList<>();
    private final FrameComposer composer;

    Classroom(FaceApi api, EvalService service, FaceApi.Info info, Sources sources, Path save) {
        this.api = api;
        this.service = service;
        this.info = info;
        this.save = save;
        List<String> studentNames = new ArrayList<>();
        sources.identities.forEach((name, faces) -> {
            if (faces.size() >= MIN_PHOTOS) {
                studentNames.add(name);
            } else {
                strangers.addAll(faces);
            }
        });
        List<SourceFace> hosts = new ArrayList<>();
        for (SourceFace g : sources.groupFaces) {
            hosts.add(g);
            String file = g.file().getFileName().toString().toLowerCase(Locale.ROOT);
            if (studentNames.stream().noneMatch(n -> file.contains(n.toLowerCase(Locale.ROOT)))) {
                strangers.add(g); // a group photo named after a student may show that student: no stranger
            }
        }
        this.composer = new FrameComposer(hosts);
        enrol(sources, studentNames);
    }

    private void enrol(Sources sources, List<String> names) {
        for (String name : names) {
            String id = name.replaceAll("[^A-Za-z0-9._-]", "_");
            List<SourceFace> faces = sources.identities.get(name);
            List<SourceFace> accepted = new ArrayList<>();
            for (SourceFace f : faces) {
                if (accepted.size() == ENROL_PHOTOS) {
                    break;
                }
                String refused = api.enrol(id, Photos.bytes(f.file()));
                if (refused == null) {
                    accepted.add(f);
                } else {
                    System.out.println("  enrolment refused: " + f.label() + " (" + refused + ")");
                }
            }
            List<SourceFace> rest = faces.stream().filter(o -> !accepted.contains(o)).toList();
            if (!accepted.isEmpty() && !rest.isEmpty()) {
                enrolled.put(id, accepted.getFirst());
                probes.put(id, rest);
            }
        }
    }

    int students() {
        return enrolled.size();
    }

    int strangerPool() {
        return strangers.size();
    }

    List<BucketTally> run(long seed) throws IOException {
        warmUp(new Random(seed ^ 0x5EED));
        List<BucketTally> tallies = new ArrayList<>();
        for (int size : SIZES) {
            tallies.add(bucket(size, new Random(seed * 31 + size)));
        }
        return tallies;
    }

    /** 12 s of 48 px frames first, so the service's JIT compilers are done before anything is timed. */
    private void warmUp(Random rnd) {
        long until = System.nanoTime() + 12_000_000_000L;
        List<String> ids = new ArrayList<>(enrolled.keySet());
        while (System.nanoTime() < until) {
            List<FrameComposer.Person> people = new ArrayList<>();
            ids.forEach(id -> people.add(new FrameComposer.Person(probes.get(id).getFirst(), id)));
            api.recognize(Photos.jpeg(composer.compose(rnd, 48, people).image(), 90), ids);
        }
    }

    private BucketTally bucket(int size, Random rnd) throws IOException {
        BucketTally tally = new BucketTally(size, info.match(), info.strong());
        List<String> ids = new ArrayList<>(enrolled.keySet());
        List<SourceFace> pool = strangers.stream().filter(s -> s.box().w() >= size / 2.0).toList(); // upscaled ≤ 2×
        List<Double> aspects = new ArrayList<>();
        probes.values().forEach(l -> l.forEach(f -> aspects.add(f.box().side() / f.box().w())));
        pool.forEach(f -> aspects.add(f.box().side() / f.box().w()));
        Collections.sort(aspects);
        int side = FrameComposer.tileSide(size, aspects.get(aspects.size() / 2));
        int capacity = FrameComposer.capacity(side);
        int usual = ids.size() - Math.max(1, Math.round(ids.size() / 4f));
        int attending = Math.max(1, Math.min(usual, capacity - 1));
        int sessions = (SESSIONS * usual + attending - 1) / attending; // about as many attendees at every size
        System.out.printf(Locale.ROOT,
                "  %d px: tiles of about %d px (3 × the box height), %d fit a frame: %d sessions of %d"
                        + " attendees (%d absent) + strangers%n", size, side, capacity, sessions, attending, ids.size()
                                - attending);
        for (int k = 0; k < sessions; k++) {
            List<String> order = new ArrayList<>(ids);
            Collections.shuffle(order, rnd);
            List<String> present = order.subList(0, attending);
            Map<String, List<BucketTally.Outcome>> outcomes = new HashMap<>();
            for (int f = 0; f < FRAMES; f++) {
                List<FrameComposer.Person> people = new ArrayList<>();
                for (String id : present) {
                    List<SourceFace> p = probes.get(id);
                    people.add(new FrameComposer.Person(p.get((k * FRAMES + f) % p.size()), id));
                }
                int total = Math.max(attending + 1, Math.min(capacity, 10 + rnd.nextInt(21)));
                List<SourceFace> shuffled = new ArrayList<>(pool);
                Collections.shuffle(shuffled, rnd);
                shuffled.stream().limit(Math.max(0, total - attending)).forEach(s -> people.add(
                        new FrameComposer.Person(s, null)));
                FrameComposer.ComposedFrame frame = composer.compose(rnd, size, people);
                tally.leftOut += present.size() - (int) frame.truths().stream().filter(t -> t.subjectId() != null)
                        .count();
                byte[] jpeg = Photos.jpeg(frame.image(), 90);
                long cpu0 = service.cpuMillis();
                long t0 = System.nanoTime();
                List<FaceApi.Seen> seen = api.recognize(jpeg, ids);
                double wall = (System.nanoTime() - t0) / 1e6;
                tally.cpuMs += service.cpuMillis() - cpu0;
                // The same frame once every face is identified: the API sends their boxes as known.
                long cpu1 = service.cpuMillis();
                api.recognizeKnown(jpeg, ids, seen.stream().map(FaceApi.Seen::box).toList());
                tally.cpuKnownMs += service.cpuMillis() - cpu1;
                int[] pair = Assignment.pair(frame.truths().stream().map(FrameComposer.Truth::box).toList(),
                        seen.stream().map(FaceApi.Seen::box).toList());
                BucketTally.Outcome[] out = tally.frame(frame.truths(), seen, pair, wall);
                for (int i = 0; i < out.length; i++) {
                    String id = frame.truths().get(i).subjectId();
                    if (id != null) {
                        outcomes.computeIfAbsent(id, x -> new ArrayList<>()).add(out[i]);
                    }
                }
                if (save != null) {
                    String name = String.format(Locale.ROOT, "classroom-%02dpx-s%d-f%d", size, k, f);
                    Files.write(save.resolve(name + ".jpg"), jpeg);
                    BufferedImage boxes = Annotate.boxes(frame, seen, pair);
                    javax.imageio.ImageIO.write(boxes, "png", save.resolve(name + "-boxes.png").toFile());
                }
            }
            present.forEach(id -> tally.attendee(id, outcomes.getOrDefault(id, List.of())));
        }
        return tally;
    }
}
