package app.attendance.api.enrolment;

import app.attendance.api.student.StudentPhotoCounts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code student_photos} table through plain SQL, so that listing photos never loads their
 * bytes. Photo bytes leave the database only as thumbnails, or to face-service.
 */
@Repository
class PhotoStore {

    /** A stored photo without its bytes. */
    record Photo(long id, long studentId, String fileName, String faceId, String modelId, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final StudentPhotoCounts counts;

    PhotoStore(JdbcClient jdbc, StudentPhotoCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    long insert(long studentId, String fileName, byte[] image, byte[] thumbnail, String faceId, String modelId,
            Instant now) {
        return jdbc.sql("""
                insert into student_photos (student_id, file_name, image, thumbnail, face_id, model_id, created_at)
                values (:student, :fileName, :image, :thumbnail, :faceId, :modelId, :now) returning id""")
                .param("student", studentId).param("fileName", fileName).param("image", image)
                .param("thumbnail", thumbnail).param("faceId", faceId).param("modelId", modelId)
                .param("now", java.sql.Timestamp.from(now))
                .query(Long.class).single();
    }

    List<Photo> list(long studentId) {
        return jdbc.sql("""
                select id, student_id, file_name, face_id, model_id, created_at
                from student_photos where student_id = :student order by id""")
                .param("student", studentId)
                .query((rs, n) -> new Photo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    Optional<Photo> find(long studentId, long photoId) {
        return list(studentId).stream().filter(p -> p.id() == photoId).findFirst();
    }

    Optional<byte[]> thumbnail(long studentId, long photoId) {
        return jdbc.sql("select thumbnail from student_photos where id = :id and student_id = :student")
                .param("id", photoId).param("student", studentId)
                .query((rs, n) -> Optional.ofNullable(rs.getBytes(1))).optional().flatMap(o -> o);
    }

    Optional<byte[]> image(long photoId) {
        return jdbc.sql("select image from student_photos where id = :id")
                .param("id", photoId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    int count(long studentId) {
        return jdbc.sql("select count(*) from student_photos where student_id = :student and face_id is not null")
                .param("student", studentId).query(Integer.class).single();
    }

    int delete(long photoId) {
        return jdbc.sql("delete from student_photos where id = :id").param("id", photoId).update();
    }

    int deleteAll(long studentId) {
        return jdbc.sql("delete from student_photos where student_id = :student").param("student", studentId).update();
    }

    void updateFace(long photoId, String faceId, String modelId) {
        jdbc.sql("update student_photos set face_id = :faceId, model_id = :modelId where id = :id")
                .param("faceId", faceId).param("modelId", modelId).param("id", photoId).update();
    }

    /** Students with stored photos, in id order. */
    java.util.List<Long> studentsWithPhotos() {
        return jdbc.sql("select distinct student_id from student_photos order by student_id").query(Long.class).list();
    }

    /** A stored photo's id, file name and bytes. */
    record Stored(long id, String fileName, byte[] image) {
    }

    java.util.List<Stored> stored(long studentId) {
        return jdbc.sql("select id, file_name, image from student_photos where student_id = :s order by id")
                .param("s", studentId).query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    /** Locks the student row for the rest of the transaction; false when there is no such student. */
    boolean lockStudent(long studentId) {
        return counts.lock(studentId);
    }

    void setPhotoCount(long studentId, int count) {
        counts.set(studentId, count);
    }
}
