package app.attendance.web.api;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps the admin pages of one API resource share: the searchable list, the create and edit
 * form (model attributes {@code form} and, when editing, {@code id}), saving it (shown again with
 * its errors, else back to the list with "saved") and deleting. Each controller keeps its own
 * mappings and calls these.
 *
 * @param path       the list page, e.g. {@code /rooms}; create posts to it, edit to {@code path/{id}}
 * @param views      the template folder, holding {@code list.html} and {@code form.html}
 * @param formExtras adds what the form needs besides the form itself (e.g. drop-down choices)
 */
public record CrudPages(String path, String views, Consumer<Model> formExtras) {

    /** Pages without anything besides the form. */
    public CrudPages(String path, String views) {
        this(path, views, model -> {
        });
    }

    /** The list page showing one page of results found for {@code q}. */
    public String list(PageResult<?> page, String q, Model model) {
        ListPage.addTo(model, page, path, q == null ? Map.of() : Map.of("q", q));
        model.addAttribute("q", q);
        return views + "/list";
    }

    /** The form for a new one, starting from {@code form}. */
    public String create(Object form, Model model) {
        model.addAttribute("form", form);
        return form(model);
    }

    /** The form editing the one with this id, starting from its current values. */
    public String edit(long id, Object form, Model model) {
        model.addAttribute("id", id);
        return create(form, model);
    }

    /** Saves a new one through {@code call}; see {@link Forms#submit}. */
    public String save(BindingResult result, Supplier<?> call, Model model, RedirectAttributes redirect) {
        if (Forms.submit(result, call) == null) {
            return form(model);
        }
        redirect.addFlashAttribute("success", "flash.saved");
        return "redirect:" + path;
    }

    /** Saves the changes to the one with this id through {@code call}. */
    public String update(long id, BindingResult result, Supplier<?> call, Model model, RedirectAttributes redirect) {
        model.addAttribute("id", id);
        return save(result, call, model, redirect);
    }

    /** Deletes through {@code call}, then back to the list; see {@link Forms#delete}. */
    public String delete(Runnable call, RedirectAttributes redirect) {
        Forms.delete(call, redirect);
        return "redirect:" + path;
    }

    /** The form template, with its extras added. */
    public String form(Model model) {
        formExtras.accept(model);
        return views + "/form";
    }
}
