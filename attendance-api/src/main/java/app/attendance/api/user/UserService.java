package app.attendance.api.user;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.PageResponse;
import app.attendance.api.system.PagedService;
import app.attendance.api.system.Paging;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin management of logins; the last enabled admin cannot be removed, demoted or disabled, and
 * nobody can delete their own login.
 */
@Service
class UserService implements PagedService<UserView, UserRequests.Create, UserRequests.Update> {

    /** Key of the advisory lock that serialises removals of admins (an arbitrary constant). */
    private static final long ADMIN_REMOVAL_LOCK = 0x41444d494eL;

    private static final Map<String, String> SORTABLE = Map.of("username", "username", "role", "role",
            "createdAt", "createdAt");

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final UserViews views;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AccountTokens tokens;

    UserService(UserAccountRepository users, PasswordEncoder passwords, UserViews views, JdbcClient jdbc,
            AuditLog audit, AccountTokens tokens) {
        this.tokens = tokens;
        this.users = users;
        this.passwords = passwords;
        this.views = views;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @Override
    public PageResponse<UserView> list(String q, Integer page, Integer size, String sort) {
        return PageResponse.of(users.search(Paging.like(q),
                Paging.pageable(page, size, sort, SORTABLE, Sort.by("username"))), views::of);
    }

    @Transactional(readOnly = true)
    @Override
    public UserView get(long id) {
        return views.of(find(id));
    }

    @Transactional
    @Override
    public UserView create(UserRequests.Create r) {
        if (users.existsByUsernameIgnoreCase(r.username())) {
            throw ApiException.duplicate("username", r.username());
        }
        checkLink(r.role(), r.teacherId(), r.studentId(), null);
        PasswordPolicy.check(r.username(), r.password());
        UserAccount u = new UserAccount(r.username().trim(), passwords.encode(r.password()), r.role(),
                r.teacherId(), r.studentId());
        u.setEnabled(r.enabled() == null || r.enabled());
        users.save(u);
        UserView view = views.of(u);
        audit.record("CREATE", "user", u.getId(), null, view, null);
        return view;
    }

    @Transactional
    @Override
    public UserView update(long id, UserRequests.Update r) {
        UserAccount u = find(id);
        if (users.existsByUsernameIgnoreCaseAndIdNot(r.username(), id)) {
            throw ApiException.duplicate("username", r.username());
        }
        checkLink(r.role(), r.teacherId(), r.studentId(), id);
        if (u.getRole() == Role.ADMIN && (r.role() != Role.ADMIN || !r.enabled())) {
            requireAnotherAdmin(id);
        }
        UserView old = views.of(u);
        String username = u.getUsername();
        Role role = u.getRole();
        Long teacherId = u.getTeacherId();
        Long studentId = u.getStudentId();
        boolean enabled = u.isEnabled();
        u.setUsername(r.username().trim());
        u.setRole(r.role(), r.teacherId(), r.studentId());
        u.setEnabled(r.enabled());
        // The access token carries username, role and link: any change to them, or disabling, ends it.
        if (!username.equals(u.getUsername()) || role != u.getRole() || !Objects.equals(teacherId, u.getTeacherId())
                || !Objects.equals(studentId, u.getStudentId()) || enabled != u.isEnabled()) {
            tokens.revokeAll(u);
        }
        UserView view = views.of(u);
        audit.record("UPDATE", "user", id, old, view, null);
        return view;
    }

    @Transactional
    void changePassword(long id, String password) {
        UserAccount u = find(id);
        PasswordPolicy.check(u.getUsername(), password);
        u.setPasswordHash(passwords.encode(password));
        tokens.revokeAll(u);
        audit.record("PASSWORD", "user", id, null, null, null);
    }

    /** Deletes a login (its refresh tokens go with it; the linked teacher or student stays). */
    @Transactional
    void delete(long id, long callerId) {
        UserAccount u = find(id);
        if (id == callerId) {
            throw new ApiException(HttpStatus.CONFLICT, "self-delete",
                    "You cannot delete your own account; another admin has to do it");
        }
        if (u.getRole() == Role.ADMIN) {
            requireAnotherAdmin(id);
        }
        audit.record("DELETE", "user", id, views.of(u), null, null);
        users.delete(u);
        tokens.deleted(id);
    }

    /**
     * Refuses to remove the last enabled admin. Removals of admins are serialised by a
     * transaction-scoped advisory lock: without it, two admins disabling, demoting or deleting each
     * other at the same moment would each still count the other and both succeed, leaving none.
     */
    private void requireAnotherAdmin(long id) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ADMIN_REMOVAL_LOCK).query().singleValue();
        long others = jdbc.sql("select count(*) from users where role = :admin and enabled and id <> :id")
                .param("admin", Role.ADMIN.name()).param("id", id).query(Long.class).single();
        if (others == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "last-admin",
                    "The last enabled admin cannot be deleted, disabled or given another role");
        }
    }

    private void checkLink(Role role, Long teacherId, Long studentId, Long selfId) {
        if (role == Role.TEACHER) {
            requireLink("teacherId", Role.TEACHER, teacherId, "teacher_id", selfId);
        } else if (role == Role.STUDENT) {
            requireLink("studentId", Role.STUDENT, studentId, "student_id", selfId);
        }
    }

    private void requireLink(String field, Role role, Long id, String column, Long selfId) {
        if (id == null) {
            throw ApiException.invalid(field, "is required for this role");
        }
        if (views.personName(role, id).isEmpty()) {
            throw ApiException.invalid(field, id + " does not exist");
        }
        if (jdbc.sql("select count(*) from users where " + column + " = :id and id <> :self")
                .param("id", id).param("self", selfId == null ? -1 : selfId).query(Long.class).single() > 0) {
            throw ApiException.duplicate(field, id);
        }
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> ApiException.notFound("user", id));
    }
}
