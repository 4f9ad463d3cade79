package app.attendance.face.eval;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Section 2: faces the service finds in each group photo at its defaults ({@code POST /v1/detect}, file as is). */
final class GroupCounts {

    /**
     * Faces per photo counted by eye: the demo photos (the same figures as the tests' DemoFaces) and
     * the group photos of the evaluation folder {@code ../shared/faces/groups} (counted 2026-12-05:
     * every person whose face shows, not the tiny printed figures on a shop wall; the collage of
     * portraits holds 24).
     */
    private static final Map<String, Integer> BY_EYE = Map.ofEntries(Map.entry("sample1.jpg", 3),
            Map.entry("sample2.jpg", 3), Map.entry("sample3.jpg", 3), Map.entry("sample4.jpg", 4),
            Map.entry("sample5.jpg", 5), Map.entry("sample6.jpg", 4), Map.entry("2007_007763.jpg", 7),
            Map.entry("2008_001009.jpg", 2), Map.entry("2008_001322.jpg", 3), Map.entry("2008_002079.jpg", 6),
            Map.entry("2008_002470.jpg", 6), Map.entry("2008_002506.jpg", 3), Map.entry("2008_004176.jpg", 7),
            Map.entry("2008_007676.jpg", 7), Map.entry("2009_004587.jpg", 2),
            Map.entry("Tom_Cruise_avp_2014_4.jpg", 1), Map.entry("bald_guys.jpg", 24),
            Map.entry("longoria-cooper.jpg", 2), Map.entry("obama_partial_face.jpg", 1));

    private GroupCounts() {
    }

    static void print(FaceApi api, List<Path> photos) {
        Table t = new Table("2. Group photos: faces detected per photo (compare with a count by eye)",
                "photo", "size", "faces detected", "counted by eye", "face widths px", "called live");
        for (Path p : photos) {
            BufferedImage img = Photos.read(p);
            List<FaceApi.Seen> faces = api.detect(Photos.bytes(p), p.getFileName().toString());
            String widths = faces.isEmpty() ? "–" : String.format(Locale.ROOT, "%.0f–%.0f",
                    faces.stream().mapToDouble(f -> f.box().w()).min().orElse(0),
                    faces.stream().mapToDouble(f -> f.box().w()).max().orElse(0));
            long live = faces.stream().filter(f -> Boolean.TRUE.equals(f.live())).count();
            Integer eye = BY_EYE.get(p.getFileName().toString());
            t.row(p.getParent().getFileName() + "/" + p.getFileName(), img.getWidth() + "×" + img.getHeight(), faces
                    .size(),
                    eye == null ? "(count it)" : eye, widths, live + "/" + faces.size());
        }
        t.print();
    }
}
