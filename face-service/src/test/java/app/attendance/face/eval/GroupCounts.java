package app.attendance.face.eval;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Section 2: faces the service finds in each group photo at its defaults ({@code POST /v1/detect}, file as is). */
final class GroupCounts {

    /** Faces per demo photo counted by eye (the same figures as the tests' DemoFaces). */
    private static final Map<String, Integer> BY_EYE = Map.of("sample1.jpg", 3, "sample2.jpg", 3, "sample3.jpg", 3,
            "sample4.jpg", 4, "sample5.jpg", 5, "sample6.jpg", 4);

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
