package app.attendance.api.subject;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.CrudService;
import app.attendance.api.system.PageResponse;
import app.attendance.api.system.Paging;
import java.util.Map;
import org.springframework.data.domain.Sort;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subject CRUD with unique codes; a subject in use by teachers, slots or sessions is not deleted. */
@Service
class SubjectService implements CrudService<SubjectView, SubjectRequest> {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name");

    private final SubjectRepository subjects;
    private final List<SubjectReferences> references;
    private final AuditLog audit;

    SubjectService(SubjectRepository subjects, List<SubjectReferences> references, AuditLog audit) {
        this.subjects = subjects;
        this.references = references;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @Override
    public PageResponse<SubjectView> list(String q, Integer page, Integer size, String sort) {
        return PageResponse.of(subjects.search(Paging.like(q),
                Paging.pageable(page, size, sort, SORTABLE, Sort.by("code"))), SubjectView::of);
    }

    @Transactional(readOnly = true)
    @Override
    public SubjectView get(long id) {
        return SubjectView.of(find(id));
    }

    @Transactional
    @Override
    public SubjectView create(SubjectRequest r) {
        if (subjects.existsByCodeIgnoreCase(r.code())) {
            throw ApiException.duplicate("code", r.code());
        }
        Subject s = subjects.save(new Subject(r.code().trim(), r.name().trim(), colour(r)));
        SubjectView view = SubjectView.of(s);
        audit.record("CREATE", "subject", s.getId(), null, view, null);
        return view;
    }

    @Transactional
    @Override
    public SubjectView update(long id, SubjectRequest r) {
        Subject s = find(id);
        if (subjects.existsByCodeIgnoreCaseAndIdNot(r.code(), id)) {
            throw ApiException.duplicate("code", r.code());
        }
        return audit.update("subject", id, s, SubjectView::of, x -> x.update(r.code().trim(), r.name().trim(),
                colour(r)));
    }

    @Transactional
    @Override
    public void delete(long id) {
        Subject s = find(id);
        if (references.stream().anyMatch(r -> r.subjectUses(id) > 0)) {
            throw ApiException.inUse("Subject " + s.getCode()
                    + " is taught by teachers or used in the timetable or sessions; remove those first");
        }
        audit.record("DELETE", "subject", id, SubjectView.of(s), null, null);
        subjects.delete(s);
    }

    private Subject find(long id) {
        return subjects.findById(id).orElseThrow(() -> ApiException.notFound("subject", id));
    }

    private static String colour(SubjectRequest r) {
        return r.color() == null ? "#1e88e5" : r.color().toLowerCase(java.util.Locale.ROOT);
    }
}
