package app.attendance.api.audit;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.auth.WebSecurityTestSupport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** The audit listing: admins only, filters passed through, entries on the wire. */
@WebMvcTest(AuditController.class)
@Import(WebSecurityTestSupport.class)
class AuditControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AuditEntryRepository entries;

    @Test
    void adminsReadFilteredEntries() throws Exception {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-11-24T08:00:00Z"), "admin", "UPDATE", "student", 5L,
                "a", "b", "typo");
        ReflectionTestUtils.setField(entry, "id", 1L);
        when(entries.search(eq("student"), eq(5L), any(), any(), any(Pageable.class)))
                .thenReturn(new PageImpl<>(List.of(entry)));
        mvc.perform(get("/api/audit?entity=student&entityId=5").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].actor").value("admin"))
                .andExpect(jsonPath("$.content[0].reason").value("typo"))
                .andExpect(jsonPath("$.content[0].at").value("2026-11-24T08:00:00Z"));
        verify(entries).search(eq("student"), eq(5L), eq(Instant.EPOCH), any(), any(Pageable.class));
        mvc.perform(get("/api/audit").with(teacher(1))).andExpect(status().isForbidden());
    }
}
