package app.attendance.face.eval;

import java.util.List;

/** Prints the tables of section 1 (classroom frames) and section 4 (cost per frame). */
final class ClassroomReport {

    private ClassroomReport() {
    }

    static void print(List<BucketTally> tallies) {
        Table det = new Table(
                "1a. Classroom frames: detection and recognition (at the match threshold; best candidate among the class)",
                "face px", "frames", "faces/frame", "in group scene", "recall all", "recall students",
                "recall strangers",
                "rank-1 of found students", "students matched (right)", "wrong matches", "strangers matched",
                "unlabelled detections (matched)");
        for (BucketTally t : tallies) {
            int all = t.students + t.strangers;
            det.row(t.size, t.frames, String.format(java.util.Locale.ROOT, "%.1f", all / (double) t.frames),
                    t.hostedFaces, Table.pct(t.studentsFound + t.strangersFound, all), Table.pct(t.studentsFound,
                            t.students),
                    Table.pct(t.strangersFound, t.strangers), Table.pct(t.rank1, t.studentsFound),
                    Table.pct(t.matchedRight, t.studentsFound), t.wrong, Table.pct(t.strangersMatched,
                            t.strangersFound),
                    t.unlabelled + " (" + t.unlabelledMatched + ")");
        }
        det.print();
        for (BucketTally t : tallies) {
            if (t.leftOut > 0) {
                System.out.printf("(%d px: %d attendee appearances left out of frames for lack of room)%n", t.size,
                        t.leftOut);
            }
        }
        Table live = new Table(
                "1b. Classroom frames: liveness of the found faces (composed images) and the liveness gate",
                "face px", "scored", "live", "spoof", "not scored", "live, own-photo tiles", "live, group-scene tiles",
                "students matched and not spoof", "wrong, not spoof", "strangers matched, not spoof");
        for (BucketTally t : tallies) {
            int found = t.studentsFound + t.strangersFound;
            live.row(t.size, found - t.unscored, Table.pct(t.live, found - t.unscored), Table.pct(t.spoof, found
                    - t.unscored),
                    t.unscored, Table.pct(t.liveOwnPhoto, t.scoredOwnPhoto), Table.pct(t.liveHosted, t.scoredHosted),
                    Table.pct(t.matchedRightGated, t.studentsFound), t.wrongGated, t.strangersMatchedGated);
        }
        live.print();
        Table sim = new Table("1c. Classroom frames: cosine similarity by face size (found faces)",
                "face px", "same-person n", "same mean", "same p10", "same min", "own subject not in top 2",
                "same ≥ match",
                "same ≥ strong", "different-person max (students)", "stranger max");
        for (BucketTally t : tallies) {
            int n = t.same.size() + t.sameBelowRunnerUp;
            List<Double> sorted = t.same.stream().sorted().toList();
            sim.row(t.size, t.same.size(), Table.num(t.same.stream().mapToDouble(d -> d).average().orElse(Double.NaN)),
                    Table.num(q(sorted, 0.1)) + (t.sameBelowRunnerUp > 0 ? " (at most)" : ""),
                    Table.num(t.same.stream().mapToDouble(d -> d).min().orElse(Double.NaN))
                            + (t.sameBelowRunnerUp > 0 ? " (lower ones unseen)" : ""),
                    t.sameBelowRunnerUp, Table.pct(t.same.stream().filter(d -> d >= t.match).count(), n),
                    Table.pct(t.same.stream().filter(d -> d >= t.strong).count(), n), Table.num(t.differentMax),
                    Table.num(t.strangerMax));
        }
        sim.print();
        Table att = new Table("1d. Classroom sessions of 3 frames: attendees (proxies for \"marked within 3 frames\")",
                "face px", "attendees", "≥ strong in any frame", "≥ match in 2 of 3", "either (marked)",
                "either, not spoof", "API rule (attended): marked", "API rule: marked or in review");
        for (BucketTally t : tallies) {
            att.row(t.size, t.attendees, Table.pct(t.strongInAny, t.attendees), Table.pct(t.twoOfThree, t.attendees),
                    Table.pct(t.marked, t.attendees), Table.pct(t.markedGated, t.attendees),
                    Table.pct(t.ruleMarked, t.attendees), Table.pct(t.ruleSurfaced, t.attendees));
        }
        att.print();
        System.out.println("Attendees the API rule did not mark within 3 frames (own similarity per frame, – = not"
                + " found or another subject best):");
        for (BucketTally t : tallies) {
            System.out.printf("  %d px: %s%n", t.size, t.notMarked.isEmpty() ? "none" : String.join("; ",
                    t.notMarked));
        }
    }

    static void cost(List<BucketTally> tallies) {
        Table cost = new Table(
                "4. Cost per composed 1280×720 frame, POST /v1/recognize over HTTP (after a 12 s warm-up)",
                "face px", "frames", "faces/frame", "detections/frame", "wall p50 ms", "wall p95 ms", "wall mean ms",
                "service CPU ms/frame", "CPU ms per detection", "service CPU ms/frame, all faces known");
        for (BucketTally t : tallies) {
            List<Double> w = t.wallMs.stream().sorted().toList();
            int detections = t.studentsFound + t.strangersFound + t.unlabelled;
            cost.row(t.size, t.frames, String.format(java.util.Locale.ROOT, "%.1f", (t.students + t.strangers)
                    / (double) t.frames),
                    String.format(java.util.Locale.ROOT, "%.1f", detections / (double) t.frames),
                    Table.ms(q(w, 0.5)), Table.ms(q(w, 0.95)), Table.ms(w.stream().mapToDouble(d -> d).average().orElse(
                            Double.NaN)),
                    Table.ms(t.cpuMs / (double) t.frames), String.format(java.util.Locale.ROOT, "%.1f", t.cpuMs
                            / (double) detections),
                    Table.ms(t.cpuKnownMs / (double) t.frames));
        }
        cost.print();
    }

    private static double q(List<Double> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size())
                - 1));
    }
}
