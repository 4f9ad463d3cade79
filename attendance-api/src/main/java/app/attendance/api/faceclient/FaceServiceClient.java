package app.attendance.api.faceclient;

import app.attendance.api.faceclient.FaceRecords.Deleted;
import app.attendance.api.faceclient.FaceRecords.EnrolResult;
import app.attendance.api.faceclient.FaceRecords.Image;
import app.attendance.api.faceclient.FaceRecords.Info;
import app.attendance.api.faceclient.FaceRecords.Recognition;
import app.attendance.api.faceclient.FaceRecords.SubjectFaces;
import app.attendance.api.faceclient.FaceRecords.SubjectPage;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Typed calls to face-service, at one URL (a load balancer) or several (replicas this client
 * balances itself, round robin). Each URL has its own Resilience4j circuit breaker: after
 * {@code failureThreshold} consecutive failures it refuses calls for {@code openDuration}, then lets
 * one trial call through. Connection failures, timeouts, 5xx and authentication errors become
 * {@link FaceServiceUnavailableException} (503 to our clients), other 4xx become
 * {@link FaceServiceRejectedException}. With several URLs a read (recognize, subjects, info) that
 * fails to connect or gets a 5xx is tried once more at the next URL, and a write (enrol, delete)
 * only when the first URL refused the connection (it then cannot have applied it); a URL whose
 * circuit is open is passed over. Recognitions pass a Resilience4j bulkhead (a few in flight at
 * once, a short wait for a slot, else 503 busy) so that a burst of frames neither times out at
 * face-service nor opens a circuit.
 * <p>
 * Read-your-writes across face-service replicas: the {@value #SEQUENCE} of each acknowledged write
 * goes to {@link IndexSequence} under its subject, and a recognition sends the highest one among
 * its candidates as {@value #MIN_SEQUENCE} (nothing when none was acknowledged for them): a burst of
 * enrolments in one class does not make every other classroom wait for the replicas to apply it.
 */
@Component
public class FaceServiceClient {

    /** Response header of an index write: the sequence number of the change. */
    public static final String SEQUENCE = "X-Index-Sequence";
    /** Request header of a search: the change the answering replica must have applied. */
    public static final String MIN_SEQUENCE = "X-Index-Min-Sequence";

    private static final Logger log = LoggerFactory.getLogger(FaceServiceClient.class);
    private static final Duration INFO_TTL = Duration.ofMinutes(1);

    /** One face-service URL: its clients and its circuit breaker. */
    private record Endpoint(URI url, RestClient quick, RestClient patient, CircuitBreaker breaker,
            Opened opened) {
    }

    /** When a circuit last opened, to tell callers how long to wait. */
    private static final class Opened {
        volatile Instant at = Instant.MIN;
    }

    /** Whether a failed call may be tried at the next URL. */
    private enum Retry {
        READ, WRITE
    }

    private final List<Endpoint> endpoints;
    private final AtomicInteger next = new AtomicInteger();
    private final Clock clock;
    private final Duration openDuration;
    private final Bulkhead recognitions;
    private final IndexSequence sequence;
    private volatile Info info;
    private volatile long infoFetchedAt;

    /** A client whose index sequence is kept in this process only. */
    public FaceServiceClient(RestClient.Builder builder, FaceServiceProperties properties) {
        this(builder, properties, IndexSequence.inProcess(), Clock.systemUTC());
    }

    @Autowired
    public FaceServiceClient(RestClient.Builder builder, FaceServiceProperties properties, IndexSequence sequence) {
        this(builder, properties, sequence, Clock.systemUTC());
    }

    FaceServiceClient(RestClient.Builder builder, FaceServiceProperties properties, IndexSequence sequence,
            Clock clock) {
        this.clock = clock;
        this.openDuration = properties.openDuration();
        this.sequence = sequence;
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindow(properties.failureThreshold(), properties.failureThreshold(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(properties.openDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .clock(clock)
                .build();
        List<Endpoint> list = new ArrayList<>();
        for (URI url : properties.url()) {
            CircuitBreaker breaker = CircuitBreaker.of("face-service " + url, config);
            Opened opened = new Opened();
            breaker.getEventPublisher().onStateTransition(e -> {
                if (e.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                    opened.at = clock.instant();
                }
            });
            list.add(new Endpoint(url, build(builder.clone(), url, properties, properties.readTimeout()),
                    build(builder.clone(), url, properties, properties.enrolTimeout()), breaker, opened));
        }
        this.endpoints = List.copyOf(list);
        this.recognitions = Bulkhead.of("face-service recognitions", BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrentRecognitions())
                .maxWaitDuration(properties.queueTimeout())
                .fairCallHandlingStrategyEnabled(true)
                .build());
    }

    private static RestClient build(RestClient.Builder builder, URI url, FaceServiceProperties p,
            Duration readTimeout) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(p.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        RestClient.Builder b = builder.requestFactory(factory).baseUrl(url.toString());
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
        return call("enrol", Retry.WRITE, e -> acknowledge(subjectId, e.patient().put().uri("/v1/subjects/{id}/faces",
                subjectId)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body)
                .retrieve().toEntity(EnrolResult.class)).getBody());
    }

    /**
     * Recognises every face of a frame.
     *
     * @param candidates subject ids to search among (the class roster); empty = nobody
     * @param threshold match threshold, or null for face-service's own
     */
    public Recognition recognize(byte[] jpeg, Collection<String> candidates, Double threshold) {
        return recognize(jpeg, candidates, threshold, List.of(), false);
    }

    /**
     * Recognises the faces of a frame; faces inside one of {@code known} (boxes already
     * identified) are only located and come back with that box's index. With {@code nobodyLeftToFind}
     * face-service looks at the frame once, whole ({@code scan=whole}: no small faces, a seventh of
     * the detection cost at 1280×720) and analyses no face ({@code identify=none}): faces outside
     * {@code known} come back as boxes only.
     */
    public Recognition recognize(byte[] jpeg, Collection<String> candidates, Double threshold,
            List<FaceRecords.Box> known, boolean nobodyLeftToFind) {
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
        if (nobodyLeftToFind) {
            body.add("scan", "whole");
            body.add("identify", "none");
        }
        OptionalLong required = sequence.required(candidates);
        if (!recognitions.tryAcquirePermission()) {
            throw new FaceServiceUnavailableException("face recognition is busy", Duration.ofSeconds(1), null);
        }
        try {
            return call("recognize", Retry.READ, e -> {
                RestClient.RequestBodySpec request = e.quick().post().uri("/v1/recognize")
                        .contentType(MediaType.MULTIPART_FORM_DATA);
                required.ifPresent(min -> request.header(MIN_SEQUENCE, Long.toString(min)));
                return request.body(body).retrieve().body(Recognition.class);
            });
        } finally {
            recognitions.onComplete();
        }
    }

    /** The faces stored for a subject; empty when it has none. */
    public Optional<SubjectFaces> subject(String subjectId) {
        return call("subject", Retry.READ, e -> {
            try {
                return Optional.ofNullable(e.quick().get().uri("/v1/subjects/{id}", subjectId)
                        .retrieve().body(SubjectFaces.class));
            } catch (RestClientResponseException ex) {
                if (ex.getStatusCode().value() == 404) {
                    return Optional.empty();
                }
                throw ex;
            }
        });
    }

    /**
     * A keyset page of the subjects face-service holds, ordered by id: those after {@code after}
     * (null = from the first), at most {@code limit}.
     */
    public SubjectPage subjects(String after, int limit) {
        return call("subjects", Retry.READ, e -> {
            SubjectPage page = e.quick().get().uri(u -> {
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
        return call("deleteSubject", Retry.WRITE, e -> {
            try {
                Deleted d = acknowledge(subjectId, e.patient().delete().uri("/v1/subjects/{id}", subjectId).retrieve()
                        .toEntity(Deleted.class)).getBody();
                return d == null ? 0 : d.deleted();
            } catch (RestClientResponseException ex) {
                if (ex.getStatusCode().value() == 404) {
                    return 0;
                }
                throw ex;
            }
        });
    }

    /** Deletes one face of a subject; false when face-service did not have it. */
    public boolean deleteFace(String subjectId, String faceId) {
        return call("deleteFace", Retry.WRITE, e -> {
            try {
                acknowledge(subjectId, e.patient().delete().uri("/v1/subjects/{id}/faces/{faceId}", subjectId, faceId)
                        .retrieve().toBodilessEntity());
                return true;
            } catch (RestClientResponseException ex) {
                if (ex.getStatusCode().value() == 404) {
                    return false;
                }
                throw ex;
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
        Info fresh = call("info", Retry.READ, e -> e.quick().get().uri("/v1/info").retrieve().body(Info.class));
        info = fresh;
        infoFetchedAt = now;
        return fresh;
    }

    /** face-service's model and index size now (not cached), for the dashboard's health card. */
    public Info status() {
        return call("info", Retry.READ, e -> e.quick().get().uri("/v1/info").retrieve().body(Info.class));
    }

    /** The state of the first URL's circuit. */
    CircuitBreaker.State circuitState() {
        return endpoints.getFirst().breaker().getState();
    }

    /** The state of each URL's circuit, in the configured order. */
    List<CircuitBreaker.State> circuitStates() {
        return endpoints.stream().map(e -> e.breaker().getState()).toList();
    }

    private <T extends ResponseEntity<?>> T acknowledge(String subjectId, T response) {
        String header = response.getHeaders().getFirst(SEQUENCE);
        if (header != null) {
            try {
                sequence.acknowledged(subjectId, Long.parseLong(header.trim()));
            } catch (NumberFormatException e) {
                log.warn("face-service sent an unreadable {}: {}", SEQUENCE, header);
            }
        }
        return response;
    }

    /**
     * Makes a call at the next URL in turn whose circuit lets it through; a failure that
     * {@code retry} allows is tried once more at the following such URL.
     */
    private <T> T call(String operation, Retry retry, Function<Endpoint, T> request) {
        int start = Math.floorMod(next.getAndIncrement(), endpoints.size());
        FaceServiceUnavailableException failure = null;
        int attempts = 0;
        for (int i = 0; i < endpoints.size() && attempts < 2; i++) {
            Endpoint endpoint = endpoints.get((start + i) % endpoints.size());
            if (!endpoint.breaker().tryAcquirePermission()) {
                continue;
            }
            attempts++;
            try {
                return attempt(operation, endpoint, request);
            } catch (Failed f) {
                failure = f.unavailable;
                if (!f.retryable(retry)) {
                    throw failure;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        throw new FaceServiceUnavailableException("face-service is unavailable (circuit open)", untilTrial(), null);
    }

    /** One call at one URL whose circuit has let it through. */
    private <T> T attempt(String operation, Endpoint endpoint, Function<Endpoint, T> request) {
        CircuitBreaker breaker = endpoint.breaker();
        long t0 = System.nanoTime();
        try {
            T result = request.apply(endpoint);
            breaker.onSuccess(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
            return result;
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            if (status == 503 || status == 429) {
                breaker.releasePermission();
                throw new Failed(new FaceServiceUnavailableException("face-service is busy", retryAfter(e), e),
                        true, false);
            }
            if (status >= 500 || status == 401 || status == 403) {
                breaker.onError(System.nanoTime() - t0, TimeUnit.NANOSECONDS, e);
                log.warn("face-service {} at {} failed with {}: {}", operation, endpoint.url(), status,
                        e.getResponseBodyAsString());
                throw new Failed(new FaceServiceUnavailableException("face-service failed (" + status + ")",
                        openDuration, e), status >= 500, false);
            }
            breaker.onSuccess(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
            throw translate(e);
        } catch (ResourceAccessException e) {
            breaker.onError(System.nanoTime() - t0, TimeUnit.NANOSECONDS, e);
            log.warn("face-service {} at {} failed: {}", operation, endpoint.url(),
                    e.getMostSpecificCause().toString());
            throw new Failed(new FaceServiceUnavailableException("face-service is not reachable", openDuration, e),
                    notConnected(e), refused(e));
        } catch (RestClientException e) {
            breaker.onError(System.nanoTime() - t0, TimeUnit.NANOSECONDS, e);
            log.warn("face-service {} at {} answered unreadably: {}", operation, endpoint.url(), e.getMessage());
            throw new Failed(new FaceServiceUnavailableException("face-service answered unreadably", openDuration,
                    e), false, false);
        } catch (RuntimeException e) {
            breaker.releasePermission();
            throw e;
        }
    }

    /** How long until the first open circuit lets a trial call through. */
    private Duration untilTrial() {
        Instant now = clock.instant();
        Duration shortest = openDuration;
        for (Endpoint e : endpoints) {
            Instant opened = e.opened().at;
            Duration left = opened.equals(Instant.MIN) ? Duration.ZERO
                    : openDuration.minus(Duration.between(opened, now));
            if (left.compareTo(shortest) < 0) {
                shortest = left;
            }
        }
        return shortest.isNegative() || shortest.isZero() ? Duration.ofSeconds(1) : shortest;
    }

    /** The connection to face-service was never made (refused, or timed out while connecting). */
    private static boolean notConnected(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** face-service refused the connection: a write sent there cannot have been applied. */
    private static boolean refused(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException && !(c instanceof HttpConnectTimeoutException)) {
                return true;
            }
        }
        return false;
    }

    /** A call at one URL failed with {@code unavailable}; whether the next URL may be tried. */
    private static final class Failed extends RuntimeException {
        final FaceServiceUnavailableException unavailable;
        final boolean readRetry;
        final boolean writeRetry;

        Failed(FaceServiceUnavailableException unavailable, boolean readRetry, boolean writeRetry) {
            super(null, null, false, false);
            this.unavailable = unavailable;
            this.readRetry = readRetry;
            this.writeRetry = writeRetry;
        }

        boolean retryable(Retry retry) {
            return retry == Retry.READ ? readRetry : writeRetry;
        }
    }

    private static RuntimeException translate(RestClientResponseException e) {
        int status = e.getStatusCode().value();
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
        String header = e.getResponseHeaders() == null ? null : e.getResponseHeaders().getFirst(
                HttpHeaders.RETRY_AFTER);
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
