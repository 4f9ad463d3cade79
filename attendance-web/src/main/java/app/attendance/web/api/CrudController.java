package app.attendance.web.api;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages of an API resource that has nothing but the plain steps: the searchable list,
 * New, Edit, saving either (see {@link CrudPages}) and Delete. A subclass is the {@code @Controller}
 * with {@code @RequestMapping} of the list's path, and says only what differs: the client, the pages,
 * the list's order, a new form and the form of an existing one.
 *
 * @param <T> the resource as the API returns it
 * @param <F> the form that edits it
 */
public abstract class CrudController<T, F> {

    private final ResourceClient<T> client;
    private final CrudPages pages;
    private final String sort;
    private final Supplier<F> blank;
    private final Function<T, F> toForm;

    protected CrudController(ResourceClient<T> client, CrudPages pages, String sort, Supplier<F> blank,
            Function<T, F> toForm) {
        this.client = client;
        this.pages = pages;
        this.sort = sort;
        this.blank = blank;
        this.toForm = toForm;
    }

    @GetMapping
    public String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        return pages.list(client.page(q, page, ListPage.SIZE, sort, Map.of()), q, model);
    }

    @GetMapping("/new")
    public String create(Model model) {
        return pages.create(blank.get(), model);
    }

    @PostMapping
    public String create(@Valid @ModelAttribute("form") F form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return pages.save(result, () -> client.create(form), model, redirect);
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable long id, Model model) {
        return pages.edit(id, toForm.apply(client.get(id)), model);
    }

    @PostMapping("/{id}")
    public String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return pages.update(id, result, () -> client.update(id, form), model, redirect);
    }

    @PostMapping("/{id}/delete")
    public String delete(@PathVariable long id, RedirectAttributes redirect) {
        return pages.delete(() -> client.delete(id, false), redirect);
    }
}
