package app.attendance.face.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Section 3: liveness at close range on untouched photos ({@code POST /v1/detect}, file as is,
 * largest face): the named live and spoof sets per file, and every real photo per face-size bucket.
 * A photo without a face counts as refused (a kiosk would not accept it).
 */
final class LivenessSets {

    static final int[] EDGES = {64, 128, 256};

    private LivenessSets() {
    }

    static void named(FaceApi api, List<Path> live, List<Path> spoof) {
        Table files = new Table("3a. Liveness, named close-range sets (untouched files, largest face)",
                "set", "file", "face px", "score", "verdict");
        int liveAccepted = verdicts(api, live, "liveness/live", files);
        int spoofAccepted = verdicts(api, spoof, "liveness/spoof", files);
        files.print();
        new Table("3b. Liveness, named sets: error rates", "set", "photos", "accepted as live", "refused", "error")
                .row("liveness/live", live.size(), Table.pct(liveAccepted, live.size()),
                        Table.pct(live.size() - liveAccepted, live.size()), "BPCER " + Table.pct(live.size()
                                - liveAccepted, live.size()))
                .row("liveness/spoof", spoof.size(), Table.pct(spoofAccepted, spoof.size()),
                        Table.pct(spoof.size() - spoofAccepted, spoof.size()), "APCER " + Table.pct(spoofAccepted, spoof
                                .size()))
                .print();
    }

    /** Real photos, untouched, per face-size bucket: the share refused is the BPCER. */
    static void realBySize(FaceApi api, String title, List<Path> photos, boolean everyFace) {
        int[] total = new int[EDGES.length + 1];
        int[] accepted = new int[EDGES.length + 1];
        int[] unscored = new int[EDGES.length + 1];
        int noFace = 0;
        for (Path p : photos) {
            List<FaceApi.Seen> faces = api.detect(Photos.bytes(p), p.getFileName().toString());
            if (faces.isEmpty()) {
                noFace++;
                continue;
            }
            for (FaceApi.Seen f : everyFace ? faces : List.of(largest(faces))) {
                int b = bucket(f.box().w());
                total[b]++;
                if (f.live() == null) {
                    unscored[b]++;
                } else if (f.live()) {
                    accepted[b]++;
                }
            }
        }
        Table t = new Table(title, "face px (original photo)", "faces", "accepted as live", "not scored",
                "BPCER (refused)");
        for (int b = 0; b < total.length; b++) {
            int scored = total[b] - unscored[b];
            t.row(label(b), total[b], Table.pct(accepted[b], scored), unscored[b], Table.pct(scored - accepted[b],
                    scored));
        }
        int all = java.util.Arrays.stream(total).sum();
        int allUnscored = java.util.Arrays.stream(unscored).sum();
        int allAccepted = java.util.Arrays.stream(accepted).sum();
        t.row("all", all, Table.pct(allAccepted, all - allUnscored), allUnscored,
                Table.pct(all - allUnscored - allAccepted, all - allUnscored));
        t.print();
        if (noFace > 0) {
            System.out.println("(" + noFace + " of " + photos.size() + " photos: no face found, left out)");
        }
    }

    private static int verdicts(FaceApi api, List<Path> photos, String set, Table out) {
        int accepted = 0;
        for (Path p : photos) {
            List<FaceApi.Seen> faces = api.detect(Photos.bytes(p), p.getFileName().toString());
            if (faces.isEmpty()) {
                out.row(set, p.getFileName(), "no face", "–", "refused (no face)");
                continue;
            }
            FaceApi.Seen f = largest(faces);
            boolean live = Boolean.TRUE.equals(f.live());
            accepted += live ? 1 : 0;
            out.row(set, p.getFileName(), String.format(Locale.ROOT, "%.0f", f.box().w()),
                    f.liveScore() == null ? "not scored" : String.format(Locale.ROOT, "%.3f", f.liveScore()),
                    f.live() == null ? "not scored" : live ? "live" : "spoof");
        }
        return accepted;
    }

    private static FaceApi.Seen largest(List<FaceApi.Seen> faces) {
        return faces.stream().max(java.util.Comparator.comparingDouble(f -> f.box().w() * f.box().h())).orElseThrow();
    }

    private static int bucket(double width) {
        int b = 0;
        while (b < EDGES.length && width >= EDGES[b]) {
            b++;
        }
        return b;
    }

    private static String label(int b) {
        return b == 0 ? "< " + EDGES[0] : b == EDGES.length ? "≥ " + EDGES[b - 1] : EDGES[b - 1] + "–" + EDGES[b];
    }
}
