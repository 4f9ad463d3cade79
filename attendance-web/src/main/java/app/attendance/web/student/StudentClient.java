package app.attendance.web.student;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.Multipart;
import app.attendance.web.api.ResourceClient;
import java.time.Instant;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/students}: the resource, consent, enrolment photos and imports. */
@Component
public class StudentClient extends ResourceClient<Student> {

    private final ApiClient api;

    public StudentClient(ApiClient api) {
        super(api, "/api/students", Student.class);
        this.api = api;
    }

    public Student setConsent(long id, boolean given) {
        return api.call(r -> r.put().uri("/api/students/{id}/consent", id).contentType(MediaType.APPLICATION_JSON)
                .body(new Consent(given)).retrieve().body(Student.class));
    }

    /** Takes the student off rosters and recognition ({@code false}) or re-admits them. */
    public Student setActive(long id, boolean active) {
        return api.call(r -> r.put().uri("/api/students/{id}/active", id).contentType(MediaType.APPLICATION_JSON)
                .body(new Active(active)).retrieve().body(Student.class));
    }

    public List<Photo> photos(long id) {
        return api.call(r -> r.get().uri("/api/students/{id}/photos", id).retrieve()
                .body(new ParameterizedTypeReference<List<Photo>>() {
                }));
    }

    public byte[] thumbnail(long id, long photoId) {
        return api.call(r -> r.get().uri("/api/students/{id}/photos/{pid}/thumbnail", id, photoId)
                .accept(MediaType.IMAGE_JPEG).retrieve().body(byte[].class));
    }

    public void deletePhoto(long id, long photoId) {
        api.run(r -> r.delete().uri("/api/students/{id}/photos/{pid}", id, photoId).retrieve().toBodilessEntity());
    }

    public EnrolmentResult upload(long id, List<MultipartFile> files) {
        var parts = new LinkedMultiValueMap<String, Object>();
        for (MultipartFile file : files) {
            Multipart.add(parts, "photos", file);
        }
        return api.call(r -> r.post().uri("/api/students/{id}/photos", id).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).retrieve().body(EnrolmentResult.class));
    }

    /** Sends an import file (CSV of students, or ZIP of photos) to the given API path. */
    public String importFile(String path, MultipartFile file) {
        var parts = new LinkedMultiValueMap<String, Object>();
        Multipart.add(parts, "file", file);
        return api.call(r -> r.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().body(String.class));
    }

    /** Sends a OneRoster export zip; {@code dryRun} only reports what would change. */
    public OneRosterResult importOneRoster(MultipartFile file, boolean dryRun) {
        var parts = new LinkedMultiValueMap<String, Object>();
        Multipart.add(parts, "file", file);
        return api.call(r -> r.post().uri("/api/import/oneroster?dryRun={d}", dryRun)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().body(OneRosterResult.class));
    }

    /** Body of {@code PUT /api/students/{id}/active}. */
    record Active(boolean active) {
    }

    /** Body of {@code PUT /api/students/{id}/consent}. */
    record Consent(boolean given) {
    }

    /** An enrolment photo. */
    public record Photo(Long id, Instant createdAt, String faceId) {
    }

    /** Answer of {@code POST /api/students/{id}/photos}: one result per file. */
    public record EnrolmentResult(List<PhotoResult> results) {
        public EnrolmentResult {
            results = results == null ? List.of() : results;
        }
    }

    /** What happened to one uploaded photo; {@code reason} says why it was rejected. */
    public record PhotoResult(String fileName, boolean accepted, Long photoId, String reason, String message,
            LookAlike lookAlike) {
    }

    /** Another student this face resembles. */
    public record LookAlike(Long studentId, String studentName, Double similarity) {
    }
}
