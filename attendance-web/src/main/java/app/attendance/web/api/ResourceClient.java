package app.attendance.web.api;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;

/**
 * The list/get/create/update/delete calls every reference resource of the API shares
 * ({@code /api/subjects}, {@code /api/rooms}, {@code /api/classes}, {@code /api/teachers},
 * {@code /api/students}, {@code /api/devices}).
 *
 * @param <T> the resource as the API returns it
 */
public class ResourceClient<T> {

    private final ApiClient api;
    private final String path;
    private final Class<T> type;
    private final ParameterizedTypeReference<PageResult<T>> pageType;

    public ResourceClient(ApiClient api, String path, Class<T> type) {
        this.api = api;
        this.path = path;
        this.type = type;
        this.pageType = ParameterizedTypeReference.forType(
                ResolvableType.forClassWithGenerics(PageResult.class, type).getType());
    }

    /** One page, filtered by {@code q} and any extra query parameters (null values are left out). */
    public PageResult<T> page(String q, int page, int size, String sort, Map<String, ?> filters) {
        return api.call(r -> r.get().uri(u -> {
            u.path(path).queryParam("page", page).queryParam("size", size);
            if (q != null && !q.isBlank()) {
                u.queryParam("q", q.trim());
            }
            if (sort != null) {
                u.queryParam("sort", sort);
            }
            filters.forEach((k, v) -> {
                if (v != null && !v.toString().isBlank()) {
                    u.queryParam(k, v);
                }
            });
            return u.build();
        }).retrieve().body(pageType));
    }

    /** Everything (up to the API's maximum page size), for drop-downs. */
    public List<T> all(String sort) {
        PageResult<T> page = page(null, 0, 200, sort, Map.of());
        return page == null ? List.of() : page.content();
    }

    public T get(long id) {
        return api.call(r -> r.get().uri(path + "/{id}", id).retrieve().body(type));
    }

    public T create(Object body) {
        return api.call(r -> r.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(
                type));
    }

    public T update(long id, Object body) {
        return api.call(r -> r.put().uri(path + "/{id}", id).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(type));
    }

    public void delete(long id, boolean cascade) {
        api.run(r -> r.delete().uri(u -> {
            u.path(path + "/{id}");
            if (cascade) {
                u.queryParam("cascade", true);
            }
            return u.build(id);
        }).retrieve().toBodilessEntity());
    }
}
