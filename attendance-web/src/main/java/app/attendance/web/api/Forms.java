package app.attendance.web.api;

import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The submit-to-API step every form shares. */
public final class Forms {

    private Forms() {
    }

    /**
     * Sends a valid form to the API. Returns the API's answer, or {@code null} when the form has
     * errors (its own, or the API's placed onto it) and must be shown again.
     */
    public static <T> T submit(BindingResult result, Supplier<T> call) {
        if (result.hasErrors()) {
            return null;
        }
        try {
            return call.get();
        } catch (ApiCallException e) {
            if (!FormErrors.apply(e, result)) {
                throw e;
            }
            return null;
        }
    }

    /**
     * Deletes and tells the user how it went: a flash message key on success, the API's reason
     * (e.g. {@code in-use}) as a flash error otherwise.
     */
    public static void delete(Runnable call, RedirectAttributes redirect) {
        try {
            call.run();
            redirect.addFlashAttribute("success", "flash.deleted");
        } catch (ApiCallException e) {
            if (e.status() >= 500 || e.is(401)) {
                throw e;
            }
            redirect.addFlashAttribute("error", FormErrors.message(e.problem()));
        }
    }
}
