package app.attendance.web.api;

import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** Puts a page of results and the link base for the pager into the model. */
public final class ListPage {

    /** Page size of every list page. */
    public static final int SIZE = 20;

    private ListPage() {
    }

    public static void addTo(Model model, PageResult<?> page, String path, Map<String, ?> filters) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        filters.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                url.queryParam(k, v);
            }
        });
        model.addAttribute("page", page);
        model.addAttribute("pageUrl", url.encode().build().toUriString());
    }
}
