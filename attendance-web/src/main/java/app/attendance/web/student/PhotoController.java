package app.attendance.web.student;

import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.FormErrors;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Face enrolment of one student: upload several photos or capture them with the webcam; each
 * rejected photo comes back with its reason. Thumbnails are proxied with the admin's token, so
 * face images never leave the API without authorisation.
 */
@Controller
class PhotoController {

    private final StudentClient students;

    PhotoController(StudentClient students) {
        this.students = students;
    }

    @GetMapping("/students/{id}/photos")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("student", students.get(id));
        model.addAttribute("photos", students.photos(id));
        return "student/photos";
    }

    @PostMapping("/students/{id}/photos")
    String upload(@PathVariable long id, @RequestParam("photos") List<MultipartFile> files, Model model) {
        List<MultipartFile> nonEmpty = files.stream().filter(f -> !f.isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            model.addAttribute("uploadError", "photo.noFiles");
        } else {
            try {
                model.addAttribute("results", students.upload(id, nonEmpty).results());
            } catch (ApiCallException e) {
                if (e.status() >= 500 && !e.is(503) || e.is(401)) {
                    throw e;
                }
                model.addAttribute("error", FormErrors.message(e.problem()));
            }
        }
        return page(id, model);
    }

    /** Webcam captures, posted by script; answers the per-photo results as JSON. */
    @PostMapping(value = "/students/{id}/photos/capture", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> capture(@PathVariable long id, @RequestParam("photos") List<MultipartFile> files) {
        try {
            return ResponseEntity.ok(students.upload(id, files));
        } catch (ApiCallException e) {
            if (e.is(401)) {
                throw e;
            }
            return ResponseEntity.status(e.status())
                    .body(Map.of("code", e.code(), "message", FormErrors.message(e.problem())));
        }
    }

    @GetMapping("/students/{id}/photos/{photoId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable long id, @PathVariable long photoId) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(students.thumbnail(id, photoId));
    }

    @PostMapping("/students/{id}/photos/{photoId}/delete")
    String delete(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
        students.deletePhoto(id, photoId);
        redirect.addFlashAttribute("success", "flash.deleted");
        return "redirect:/students/" + id + "/photos";
    }
}
