package app.attendance.face.eval;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The faces frames are composed from, boxed by the service's {@code /v1/detect} on each photo as
 * decoded here (so boxes and pixels agree): one face per identity photo (the largest), every face
 * of the group and demo photos (strangers, and hosts whose scene a tight crop is pasted into).
 */
final class Sources {

    /** Identity name → its photos' faces (photos where no face was found are left out). */
    final Map<String, List<SourceFace>> identities = new TreeMap<>();
    final List<SourceFace> groupFaces = new ArrayList<>();
    final List<String> notFound = new ArrayList<>();

    static Sources find(FaceApi api, Map<String, List<Path>> identities, List<Path> groupPhotos) {
        Sources s = new Sources();
        identities.forEach((name, photos) -> {
            List<SourceFace> faces = new ArrayList<>();
            for (Path p : photos) {
                BufferedImage img = Photos.read(p);
                List<Box> boxes = boxes(api, img, p);
                if (boxes.isEmpty()) {
                    s.notFound.add(name + "/" + p.getFileName());
                } else {
                    faces.add(new SourceFace(name, name + "/" + p.getFileName(), p, img, boxes.getFirst()));
                }
            }
            s.identities.put(name, faces);
        });
        for (Path p : groupPhotos) {
            BufferedImage img = Photos.read(p);
            List<Box> boxes = boxes(api, img, p);
            for (int i = 0; i < boxes.size(); i++) {
                s.groupFaces.add(new SourceFace(null, p.getFileName() + "#" + i, p, img, boxes.get(i)));
            }
        }
        return s;
    }

    /** Boxes of the faces, largest first. */
    private static List<Box> boxes(FaceApi api, BufferedImage img, Path p) {
        return api.detect(Photos.jpeg(img, 95), p.getFileName() + ".jpg").stream().map(FaceApi.Seen::box)
                .sorted(Comparator.comparingDouble((Box b) -> b.w() * b.h()).reversed()).toList();
    }
}
