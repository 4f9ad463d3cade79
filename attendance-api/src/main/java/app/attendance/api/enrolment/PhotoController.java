package app.attendance.api.enrolment;

import app.attendance.api.enrolment.EnrolmentResults.PhotoView;
import app.attendance.api.enrolment.EnrolmentResults.UploadResult;
import app.attendance.api.enrolment.EnrolmentResults.ZipResult;
import app.attendance.api.faceclient.FaceRecords.Image;
import app.attendance.api.auth.AccessPolicy;
import app.attendance.api.user.CurrentUser;
import app.attendance.api.system.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Enrolment photos of students. Admins upload and delete; admins and the teachers of the
 * student's class may list them and see thumbnails. The full photos are never served.
 */
@RestController
@RequestMapping("/api/students")
class PhotoController {

    private final EnrolmentService enrolment;
    private final ZipEnrolment zip;
    private final PhotoStore photos;
    private final AccessPolicy access;
    private final ZipLimits zipLimits;

    PhotoController(EnrolmentService enrolment, ZipEnrolment zip, PhotoStore photos, AccessPolicy access,
            ZipLimits zipLimits) {
        this.zipLimits = zipLimits;
        this.enrolment = enrolment;
        this.zip = zip;
        this.photos = photos;
        this.access = access;
    }

    @GetMapping("/{id}/photos")
    List<PhotoView> list(@PathVariable long id) {
        requireReader(id);
        return photos.list(id).stream().map(p -> new PhotoView(p.id(), p.createdAt(), p.faceId())).toList();
    }

    @GetMapping(value = "/{id}/photos/{photoId}/thumbnail", produces = MediaType.IMAGE_JPEG_VALUE)
    ResponseEntity<byte[]> thumbnail(@PathVariable long id, @PathVariable long photoId) {
        requireReader(id);
        byte[] bytes = photos.thumbnail(id, photoId).orElseThrow(() -> ApiException.notFound("photo", photoId));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noStore().cachePrivate()).body(bytes);
    }

    @PostMapping(value = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UploadResult upload(@PathVariable long id, @RequestPart(value = "photos",
            required = false) List<MultipartFile> files) {
        requireAdmin();
        if (files == null || files.isEmpty()) {
            throw ApiException.invalid("photos", "at least one photo is required");
        }
        return enrolment.addPhotos(id, files.stream().map(PhotoController::image).toList());
    }

    @DeleteMapping("/{id}/photos/{photoId}")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long photoId) {
        requireAdmin();
        enrolment.deletePhoto(id, photoId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/photos/zip", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ZipResult uploadZip(@RequestPart(value = "file", required = false) MultipartFile file) {
        requireAdmin();
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid("file", "a zip file is required");
        }
        try {
            return zip.enrol(ZipPhotos.read(file.getInputStream(), zipLimits));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireReader(long studentId) {
        access.requireStudentRead(studentId);
    }

    private static void requireAdmin() {
        if (!CurrentUser.get().isAdmin()) {
            throw ApiException.forbidden("Only admins may change enrolment photos");
        }
    }

    private static Image image(MultipartFile file) {
        try {
            String name = file.getOriginalFilename() == null ? "photo.jpg" : file.getOriginalFilename();
            return new Image(name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
