package app.attendance.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.contract.JsonContract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canned JSON of {@link FakeApiServer} ({@link FakeSchool}, {@link FakeReports}) held against the
 * API's committed contract, {@code docs/openapi/attendance-api.json}: every route the fake serves is
 * asked over HTTP (each alternative of its path), and each success answer must fit the response schema
 * of that operation (see {@link JsonContract}). A field the API renames, drops or retypes, or one the fake
 * invents, fails here instead of leaving the browser tests green against an API that is not there.
 */
class FakeApiContractTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("attendance.root", ".."), "docs", "openapi",
            "attendance-api.json");
    private static final String BOUNDARY = "contract-boundary";
    private static final Pattern ALTERNATIVES = Pattern.compile("\\(([^()]*)\\)");

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyAnswerTheFakeServesFitsTheApiContract() throws Exception {
        JsonContract contract = new JsonContract(json.readTree(Files.readString(DOCUMENT)));
        List<String> differences = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        try (FakeApiServer api = new FakeApiServer()) {
            api.frameDelay(0);
            for (String route : api.served()) {
                String method = route.substring(0, route.indexOf(' '));
                for (String path : paths(route.substring(route.indexOf(' ') + 1))) {
                    HttpResponse<String> answer = http.send(request(api.url(), method, path),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() / 100 != 2) {
                        continue;
                    }
                    JsonNode body = answer.body().isEmpty() ? null : json.readTree(answer.body());
                    differences.addAll(contract.differences(method, path, body));
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked).as("the routes answered with success").hasSizeGreaterThan(40);
        assertThat(differences).as("fake answers that do not fit %s", DOCUMENT).isEmpty();
    }

    @Test
    void theCrowdedClassroomsAnswersFitTheApiContractBeforeAndAfterItsReviews() throws Exception {
        JsonContract contract = new JsonContract(json.readTree(Files.readString(DOCUMENT)));
        List<String> differences = new ArrayList<>();
        for (Map<Long, Boolean> decided : List.of(Map.<Long, Boolean>of(), Map.of(Classroom.PENDING.get(0), true,
                Classroom.PENDING.get(1), false))) {
            differences.addAll(contract.differences("POST", "/api/sessions/42/frames", json.readTree(Classroom
                    .frameJson(decided))));
            differences.addAll(contract.differences("GET", "/api/sessions/42/pending", json.readTree(Classroom
                    .pendingJson(decided.keySet()))));
        }
        assertThat(differences).as("crowded classroom answers that do not fit %s", DOCUMENT).isEmpty();
    }

    /** A concrete path for each alternative of the route's regex; a number stands for each \d+. */
    static List<String> paths(String regex) {
        Matcher group = ALTERNATIVES.matcher(regex);
        if (!group.find()) {
            return List.of(regex.replace("\\d+", "7"));
        }
        List<String> out = new ArrayList<>();
        for (String alternative : group.group(1).split("\\|")) {
            out.addAll(paths(regex.substring(0, group.start()) + alternative + regex.substring(group.end())));
        }
        return out;
    }

    /** The request; a POST carries one small file part, as the uploads the fake reads do. */
    private static HttpRequest request(String base, String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-Device-Key",
                FakeApiServer.DEVICE_KEY);
        if (!method.equals("POST")) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\nJPEG\r\n--" + BOUNDARY + "--\r\n";
        return request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }
}
