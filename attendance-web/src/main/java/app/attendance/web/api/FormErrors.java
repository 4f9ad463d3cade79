package app.attendance.web.api;

import org.springframework.validation.BindingResult;

/**
 * Puts an API error where the user will see it: a {@code validation} problem's messages next to
 * their fields, a duplicate ({@code conflict}) next to the duplicated field, anything else at the
 * top of the form.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Records the error on the form. Returns {@code false} for errors a form cannot explain
     * (401, 403, 5xx), which the caller should rethrow.
     */
    public static boolean apply(ApiCallException e, BindingResult result) {
        if (e.status() >= 500 || e.is(401) || e.is(403)) {
            return false;
        }
        ApiProblem problem = e.problem();
        boolean placed = false;
        for (ApiProblem.FieldError error : problem.errors()) {
            if (hasField(result, error.field())) {
                result.rejectValue(error.field(), "api", error.message());
            } else {
                result.reject("api", (error.field() == null ? "" : error.field() + ": ") + error.message());
            }
            placed = true;
        }
        if (!placed && problem.field() != null && hasField(result, problem.field())) {
            result.rejectValue(problem.field(), "api", message(problem));
            placed = true;
        }
        if (!placed) {
            result.reject("api", message(problem));
        }
        return true;
    }

    /** The text to show for a problem: its detail, else its title. */
    public static String message(ApiProblem problem) {
        if (problem.detail() != null && !problem.detail().isBlank()) {
            return problem.detail();
        }
        return problem.title() == null ? "Error " + problem.status() : problem.title();
    }

    private static boolean hasField(BindingResult result, String field) {
        if (field == null || field.isBlank()) {
            return false;
        }
        try {
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
