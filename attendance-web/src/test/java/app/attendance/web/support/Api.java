package app.attendance.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.RequestMatcher;
import org.springframework.test.web.client.ResponseCreator;
import org.springframework.test.web.client.response.MockRestResponseCreators;

/** Matchers and answers for the mocked attendance-api. */
public final class Api {

    private Api() {
    }

    /** Matches a request by path, whatever its query. */
    public static RequestMatcher path(String path) {
        return request -> assertThat(request.getURI().getPath()).isEqualTo(path);
    }

    /** Matches the bearer token the web app sent. */
    public static RequestMatcher bearer(String token) {
        return request -> assertThat(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + token);
    }

    /** Matches a JSON request body (lenient: extra fields in the request are allowed). */
    public static RequestMatcher body(String json) {
        return org.springframework.test.web.client.match.MockRestRequestMatchers.content().json(json);
    }

    public static ResponseCreator json(String body) {
        return MockRestResponseCreators.withSuccess(body, MediaType.APPLICATION_JSON);
    }

    /** An RFC 9457 problem answer. */
    public static ResponseCreator problem(HttpStatus status, String body) {
        return MockRestResponseCreators.withStatus(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** A paged answer with the given JSON array as content. */
    public static ResponseCreator page(String contentArray) {
        return json("{\"content\":" + contentArray + ",\"page\":0,\"size\":20,\"totalElements\":1,\"totalPages\":1}");
    }
}
