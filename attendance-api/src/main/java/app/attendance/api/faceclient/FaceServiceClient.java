package app.attendance.api.faceclient;

import app.attendance.api.faceclient.FaceRecords.Deleted;
import app.attendance.api.faceclient.FaceRecords.EnrolResult;
import app.attendance.api.faceclient.FaceRecords.Image;
import app.attendance.api.faceclient.FaceRecords.Info;
import app.attendance.api.faceclient.FaceRecords.Recognition;
import app.attendance.api.faceclient.FaceRecords.SubjectFaces;
import app.attendance.api.faceclient.FaceRecords.SubjectPage;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.HttpEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Typed calls to face-service. Every call goes through one circuit breaker; connection
 * failures, timeouts, 5xx and authentication errors become {@link FaceServiceUnavailableException}
 * (503 to our clients), other 4xx become {@link FaceServiceRejectedException}. Recognitions pass a
 * bulkhead (a few in flight at once, a short wait for a slot, else 503 busy) so that a burst of
 * frames neither times out at face-service nor opens the circuit.
 */
@Component
public class FaceServiceClient {

    private static final Logger log = LoggerFactory.getLogger(FaceServiceClient.class);
    private static final Duration INFO_TTL = Duration.ofMinutes(1);

    private final RestClient quick;
    private final RestClient patient;
    private final CircuitBreaker breaker;
    private final Clock clock;
    private final Semaphore recognitions;
    private final Duration queueTimeout;
    private volatile Info info;
    private volatile long infoFetchedAt;

    @Autowired
    public FaceServiceClient(RestClient.Builder builder, FaceServiceProperties properties) {
        this(builder, properties, Clock.systemUTC());
    }

    FaceServiceClient(RestClient.Builder builder, FaceServiceProperties properties, Clock clock) {
        this.quick = build(builder.clone(), properties, properties.readTimeout());
        this.patient = build(builder.clone(), properties, properties.enrolTimeout());
        this.breaker = new CircuitBreaker(properties.failureThreshold(), properties.openDuration(), clock);
        this.clock = clock;
        this.recognitions = new Semaphore(properties.maxConcurrentRecognitions(), true);
        this.queueTimeout = properties.queueTimeout();
    }

    private static RestClient build(RestClient.Builder builder, FaceServiceProperties p, Duration readTimeout) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(p.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        RestClient.Builder b = builder.requestFactory(factory).baseUrl(p.url().toString());
        if (p.token() != null && !p.token().isBlank()) {
            b.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + p.token());
        }
        return b.build();
    }

    /** Enrols images for a subject; each image is accepted or rejected with a reason. */
    public EnrolResult enrol(String subjectId, List<Image> images) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        for (Image image : images) {
            body.add("images", imagePart(image));
        }
        return call("enrol", () -> patient.put().uri("/v1/subjects/{id}/faces", subjectId)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body)
                .retrieve().body(EnrolResult.class));
    }

    /**
     * Recognises every face of a frame.
     *
     * @param candidates subject ids to search among (the class roster); empty = nobody
     * @param threshold match threshold, or null for face-service's own
     */
    public Recognition recognize(byte[] jpeg, Collection<String> candidates, Double threshold) {
        return recognize(jpeg, candidates, threshold, java.util.List.of());
    }

    /**
     * Recognises the faces of a frame; faces inside one of {@code known} (boxes already
     * identified) are only located and come back with that box's index.
     */
    public Recognition recognize(byte[] jpeg, Collection<String> candidates, Double threshold,
            java.util.List<FaceRecords.Box> known) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("image", imagePart(new Image("frame.jpg", jpeg)));
        body.add("candidates", String.join(",", candidates));
        if (threshold != null) {
            body.add("threshold", threshold.toString());
        }
        if (!known.isEmpty()) {
            body.add("known", String.join(";", known.stream()
                    .map(b -> b.x() + "," + b.y() + "," + b.width() + "," + b.height()).toList()));
        }
        try {
            if (!recognitions.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new FaceServiceUnavailableException("face recognition is busy", Duration.ofSeconds(1), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FaceServiceUnavailableException("interrupted", Duration.ofSeconds(1), e);
        }
        try {
            return call("recognize", () -> quick.post().uri("/v1/recognize")
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(body)
                    .retrieve().body(Recognition.class));
        } finally {
            recognitions.release();
        }
    }

    /** The faces stored for a subject; empty when it has none. */
    public Optional<SubjectFaces> subject(String subjectId) {
        return call("subject", () -> {
            try {
                return Optional.ofNullable(quick.get().uri("/v1/subjects/{id}", subjectId)
                        .retrieve().body(SubjectFaces.class));
            } catch (RestClientResponseException e) {
                if (e.getStatusCode().value() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /**
     * A keyset page of the subjects face-service holds, ordered by id: those after {@code after}
     * (null = from the first), at most {@code limit}.
     */
    public SubjectPage subjects(String after, int limit) {
        return call("subjects", () -> {
            SubjectPage page = quick.get().uri(u -> {
                u.path("/v1/subjects").queryParam("limit", limit);
                if (after != null) {
                    u.queryParam("after", after);
                }
                return u.build();
            }).retrieve().body(SubjectPage.class);
            return page == null || page.subjects() == null ? new SubjectPage(List.of(), null) : page;
        });
    }

    /** Deletes a subject with all its faces; returns how many faces were deleted (0 when it had none). */
    public int deleteSubject(String subjectId) {
        return call("deleteSubject", () -> {
            try {
                Deleted d = patient.delete().uri("/v1/subjects/{id}", subjectId).retrieve().body(Deleted.class);
                return d == null ? 0 : d.deleted();
            } catch (RestClientResponseException e) {
                if (e.getStatusCode().value() == 404) {
                    return 0;
                }
                throw e;
            }
        });
    }

    /** Deletes one face of a subject; false when face-service did not have it. */
    public boolean deleteFace(String subjectId, String faceId) {
        return call("deleteFace", () -> {
            try {
                patient.delete().uri("/v1/subjects/{id}/faces/{faceId}", subjectId, faceId)
                        .retrieve().toBodilessEntity();
                return true;
            } catch (RestClientResponseException e) {
                if (e.getStatusCode().value() == 404) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** face-service's model and thresholds, cached for a minute. */
    public Info info() {
        Info cached = info;
        long now = clock.millis();
        if (cached != null && now - infoFetchedAt < INFO_TTL.toMillis()) {
            return cached;
        }
        Info fresh = call("info", () -> quick.get().uri("/v1/info").retrieve().body(Info.class));
        info = fresh;
        infoFetchedAt = now;
        return fresh;
    }

    CircuitBreaker.State circuitState() {
        return breaker.state();
    }

    private <T> T call(String operation, Supplier<T> request) {
        Duration wait = breaker.tryAcquire();
        if (!wait.isZero()) {
            throw new FaceServiceUnavailableException("face-service is unavailable (circuit open)", wait, null);
        }
        try {
            T result = request.get();
            breaker.onSuccess();
            return result;
        } catch (RestClientResponseException e) {
            throw translate(operation, e);
        } catch (ResourceAccessException e) {
            breaker.onFailure();
            log.warn("face-service {} failed: {}", operation, e.getMostSpecificCause().toString());
            throw new FaceServiceUnavailableException("face-service is not reachable", breaker.openDuration(), e);
        } catch (RestClientException e) {
            breaker.onFailure();
            log.warn("face-service {} answered unreadably: {}", operation, e.getMessage());
            throw new FaceServiceUnavailableException("face-service answered unreadably", breaker.openDuration(), e);
        } catch (RuntimeException e) {
            breaker.onNeutral();
            throw e;
        }
    }

    private RuntimeException translate(String operation, RestClientResponseException e) {
        int status = e.getStatusCode().value();
        if (status == 503 || status == 429) {
            breaker.onNeutral();
            return new FaceServiceUnavailableException("face-service is busy", retryAfter(e), e);
        }
        if (status >= 500 || status == 401 || status == 403) {
            breaker.onFailure();
            log.warn("face-service {} failed with {}: {}", operation, status, e.getResponseBodyAsString());
            return new FaceServiceUnavailableException("face-service failed (" + status + ")", breaker.openDuration(), e);
        }
        breaker.onSuccess();
        Problem problem = null;
        try {
            problem = e.getResponseBodyAs(Problem.class);
        } catch (RuntimeException ignored) {
            // not a problem document
        }
        String detail = problem != null && problem.detail() != null ? problem.detail() : e.getStatusText();
        return new FaceServiceRejectedException(status, problem == null ? null : problem.code(), detail);
    }

    private static Duration retryAfter(RestClientResponseException e) {
        String header = e.getResponseHeaders() == null ? null : e.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        try {
            return header == null ? Duration.ofSeconds(1) : Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException ex) {
            return Duration.ofSeconds(1);
        }
    }

    private static HttpEntity<ByteArrayResource> imagePart(Image image) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.IMAGE_JPEG);
        return new HttpEntity<>(new ByteArrayResource(image.bytes()) {
            @Override
            public String getFilename() {
                return image.fileName();
            }
        }, headers);
    }

    /** The parts of face-service's problem documents used here. */
    record Problem(String title, String detail, String code) {
    }
}
