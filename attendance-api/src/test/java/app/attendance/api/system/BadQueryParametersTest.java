package app.attendance.api.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/**
 * Query parameters a probe sent that used to end in a 500: a page beyond any possible offset, an
 * empty sort, a date in the year 999,999,999. Each is a 400 problem naming the parameter.
 */
class BadQueryParametersTest extends ApiTestBase {

    @Test
    void aPageBeyondAnyPossibleOffsetIsRefused() throws Exception {
        getAs(admin, "/api/students?page=2147483647").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"));
        getAs(admin, "/api/students?page=3&size=200").andExpect(status().isOk());
    }

    @Test
    void anEmptySortIsRefused() throws Exception {
        getAs(admin, "/api/students?sort=,").andExpect(status().isBadRequest());
        getAs(admin, "/api/teachers?sort=,").andExpect(status().isBadRequest());
    }

    @Test
    void aDateNoSchoolUsesIsRefused() throws Exception {
        mvc.perform(get("/api/reports/rates").param("by", "CLASS").param("from", "+999999999-12-31")
                .param("to", "+999999999-12-31").header("Authorization", admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/attendance").param("from", "+999999999-12-31").header("Authorization", admin))
                .andExpect(status().isBadRequest());
        getAs(admin, "/api/reports/rates?by=CLASS&from=2026-09-01&to=2026-12-31").andExpect(status().isOk());
    }
}
