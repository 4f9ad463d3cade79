package app.attendance.api.attendance.recognition;

import app.attendance.api.attendance.AttendanceMarking;
import app.attendance.api.attendance.AttendanceStatus;
import app.attendance.api.attendance.MarkResult;
import app.attendance.api.attendance.SessionStatus;
import app.attendance.api.attendance.Source;
import app.attendance.api.faceclient.FaceRecords;
import app.attendance.api.faceclient.FaceRecords.Recognition;
import app.attendance.api.faceclient.FaceRecords.RecognizedFace;
import app.attendance.api.faceclient.FaceServiceClient;
import app.attendance.api.faceclient.SubjectIds;
import app.attendance.api.attendance.recognition.FrameResult.FaceResult;
import app.attendance.api.student.StudentDirectory;
import app.attendance.api.system.ApiException;
import io.micrometer.core.instrument.MeterRegistry;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Takes attendance from one frame: recognise the faces among the session's enrolled roster (faces
 * already identified and marked, followed by {@link FaceTracks}, are only located), apply the
 * rules of the capture mode ({@link FaceDecider}), mark through {@link AttendanceMarking}
 * (race-safe, manual marks win), queue uncertain matches and possible photos for review, keep a
 * face crop of each new mark. No transaction spans the face-service call; the marks, the evidence
 * over frames ({@link SightingStore}) and the tracks ({@link TrackStore}) of one frame commit
 * together, in PostgreSQL, so frames of one session may go to any API replica. Once every
 * recognisable student of the class is marked there is nothing left to find: face-service then
 * looks at the frame once, whole ({@code scan=whole}, one detector run instead of seven at
 * 1280×720) and analyses no face; the faces followed as marked students are located and answered,
 * others (small ones, strangers) are left out. The meter {@code attendance.frames} counts frames
 * by {@code scan}.
 */
@Service
public class FrameService {

    private final FaceServiceClient face;
    private final AttendanceMarking marking;
    private final RecognitionThresholds thresholds;
    private final PendingStore pending;
    private final EvidenceStore evidence;
    private final JdbcClient jdbc;
    private final RecognitionProperties rules;
    private final Clock clock;
    private final SightingStore sightings;
    private final TrackStore tracks;
    private final FrameTransaction writes;
    private final FrameImages images;
    private final CallerShares shares;
    private final MeterRegistry meters;
    private final StudentDirectory students;

    FrameService(FaceServiceClient face, AttendanceMarking marking, RecognitionThresholds thresholds,
            PendingStore pending, EvidenceStore evidence, JdbcClient jdbc, RecognitionProperties rules, Clock clock,
            FrameTransaction writes, FrameImages images, CallerShares shares, SightingStore sightings,
            TrackStore tracks, MeterRegistry meters, StudentDirectory students) {
        this.meters = meters;
        this.students = students;
        this.writes = writes;
        this.images = images;
        this.shares = shares;
        this.face = face;
        this.marking = marking;
        this.thresholds = thresholds;
        this.pending = pending;
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
        this.sightings = sightings;
        this.tracks = tracks;
    }

    /** The fields of a session that frames need. */
    public record SessionRef(long id, long classId, long teacherId, String status) {
    }

    /** The session, or 404. */
    public SessionRef session(long sessionId) {
        return jdbc.sql("select id, class_id, teacher_id, status from sessions where id = :id")
                .param("id", sessionId)
                .query((rs, n) -> new SessionRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .optional().orElseThrow(() -> ApiException.notFound("session", sessionId));
    }

    static ApiException sessionClosed(long sessionId) {
        return new ApiException(HttpStatus.CONFLICT, "session-closed", "Session " + sessionId + " is not open");
    }

    /**
     * Recognises and marks the faces of one frame taken in an open session, within the caller's
     * fair share ({@link CallerShares}: 429 beyond it). A frame larger than recognition needs is
     * scaled down first ({@link FrameImages}); the answer is in the original frame's pixels.
     *
     * @param caller the caller's key ({@link CallerShares#user}, {@link CallerShares#device})
     */
    public FrameResult process(SessionRef session, byte[] jpeg, Source source, String caller) {
        if (!SessionStatus.OPEN.name().equals(session.status())) {
            throw sessionClosed(session.id());
        }
        try (CallerShares.Share share = shares.acquire(caller)) {
            return recognise(session, images.prepare(jpeg), source);
        }
    }

    private FrameResult recognise(SessionRef session, FrameImages.Frame frame, Source source) {
        Map<Long, String> roster = students.enrolledRoster(session.classId());
        List<String> candidates = roster.keySet().stream().map(SubjectIds::ofStudent).toList();
        Instant now = clock.instant();
        boolean everyoneMarked = everyoneMarked(session.id(), roster.keySet());
        List<FaceTracks.Track> known = everyoneMarked ? tracks.following(session.id(), now)
                : tracks.known(session.id(), now);
        meters.counter("attendance.frames", "scan", everyoneMarked ? "whole" : "full").increment();
        Recognition recognition = face.recognize(frame.bytes(), candidates, thresholds.configuredMatch(),
                known.stream().map(tr -> frame.toSent(fromTrack(tr.box(), frame.width()))).toList(), everyoneMarked);
        FaceDecider.Thresholds t = thresholds.current();
        // Faces as face-service saw them (sizes weigh the evidence) and in the original frame's pixels.
        List<RecognizedFace> all = recognition.faces() == null ? List.of() : recognition.faces();
        // With everyone marked nothing was analysed: only the faces followed as marked students are answered.
        List<RecognizedFace> seen = !everyoneMarked ? all : all.stream()
                .filter(f -> f.known() != null && f.known() >= 0 && f.known() < known.size()).toList();
        List<RecognizedFace> faces = seen.stream().map(f -> new RecognizedFace(frame.toOriginal(f.box()),
                f.liveness(), f.match(), f.runnerUp(), f.outsider(), f.known())).toList();
        FaceResult[] results = new FaceResult[faces.size()];
        Crops crops = new Crops(frame, rules.evidenceSize());
        CaptureMode mode = CaptureMode.of(source);
        boolean[] everyoneMarkedAfter = {everyoneMarked};
        // One short transaction for the frame (one commit), never spanning the call above: it locks the
        // session row first (see FrameTransaction), so the session's marks, evidence over frames and
        // tracks are read and written by one frame at a time, whichever API replica takes it.
        writes.run(session.id(), () -> {
            Map<Long, AttendanceStatus> marked = new HashMap<>();
            jdbc.sql("select student_id, status from attendance_records where session_id = :s")
                    .param("s", session.id())
                    .query(rs -> {
                        marked.put(rs.getLong(1), AttendanceStatus.valueOf(rs.getString(2)));
                    });
            Sightings evidenceOverFrames = sightings.load(session.id(), now);
            FaceTracks followed = tracks.load(session.id(), now);
            FaceDecider decider = new FaceDecider(evidenceOverFrames, rules);
            Set<Long> seenInFrame = new HashSet<>();
            for (int i = 0; i < faces.size(); i++) {
                results[i] = null;
                Integer k = faces.get(i).known();
                if (k != null && k >= 0 && k < known.size()) {
                    results[i] = located(followed, faces.get(i), known.get(k), roster, marked, now, frame.width());
                    seenInFrame.add(known.get(k).studentId());
                }
            }
            List<Integer> order = IntStream.range(0, faces.size()).filter(i -> results[i] == null).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> faces.get(i).match() == null ? -2
                            : faces.get(i).match().similarity()).reversed())
                    .toList();
            Decision[] decisions = new Decision[faces.size()];
            for (int i : order) {
                Decision d = decider.decide(session.id(), seen.get(i), roster.keySet(), marked.keySet(), t, now,
                        mode);
                if (d.studentId() != null && d.outcome() != Outcome.OTHER_CLASS && !seenInFrame.add(d.studentId())) {
                    d = Decision.report(Outcome.UNKNOWN, null, null);
                }
                decisions[i] = d;
            }
            // Rows are written in student order (see FrameTransaction).
            List<Integer> writeOrder = order.stream()
                    .sorted(Comparator.comparing((Integer i) -> decisions[i].studentId(),
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            for (int i : writeOrder) {
                results[i] = apply(session, source, faces.get(i), decisions[i], roster, marked, crops, now,
                        evidenceOverFrames);
            }
            int following = (int) order.stream().filter(i -> follows(faces.get(i), results[i])).count();
            LongSupplier ids = tracks.ids(following);
            for (int i : order) {
                results[i] = follow(followed, faces.get(i), results[i], now, ids, frame.width());
            }
            sightings.save(evidenceOverFrames);
            tracks.save(session.id(), followed);
            Set<Long> markedNow = new HashSet<>(marked.keySet());
            for (FaceResult r : results) {
                if (r != null && r.outcome() == Outcome.MARKED && r.studentId() != null) {
                    markedNow.add(r.studentId());
                }
            }
            everyoneMarkedAfter[0] = !roster.isEmpty() && markedNow.containsAll(roster.keySet());
        });
        int width = frame.width() > 0 ? frame.width() : recognition.width();
        int height = frame.height() > 0 ? frame.height() : recognition.height();
        return new FrameResult(session.id(), width, height, List.of(results),
                pending.openCount(session.id()), everyoneMarkedAfter[0]);
    }

    /**
     * Track boxes are kept in the pixels of a frame {@value #TRACK_WIDTH} px wide, whatever width the
     * camera sends (the live page sends 640 px once everyone is marked), so a face stays followed
     * when the frame size changes.
     */
    static final int TRACK_WIDTH = 1280;

    /** A box of a frame {@code width} px wide in track pixels (unchanged when the width is unknown). */
    static FaceRecords.Box toTrack(FaceRecords.Box b, int width) {
        return scaled(b, width > 0 ? (double) TRACK_WIDTH / width : 1);
    }

    /** A track box in the pixels of a frame {@code width} px wide. */
    static FaceRecords.Box fromTrack(FaceRecords.Box b, int width) {
        return scaled(b, width > 0 ? width / (double) TRACK_WIDTH : 1);
    }

    private static FaceRecords.Box scaled(FaceRecords.Box b, double f) {
        if (b == null || f == 1) {
            return b;
        }
        int x = (int) Math.round(b.x() * f);
        int y = (int) Math.round(b.y() * f);
        return new FaceRecords.Box(x, y, (int) Math.round((b.x() + b.width()) * f) - x,
                (int) Math.round((b.y() + b.height()) * f) - y);
    }

    /** Whether every student of the roster has a record in the session (a roster of nobody: no). */
    private boolean everyoneMarked(long sessionId, Set<Long> roster) {
        return !roster.isEmpty() && jdbc.sql("""
                select count(*) from attendance_records where session_id = :s and student_id in (:roster)""")
                .param("s", sessionId).param("roster", roster).query(Long.class).single() == roster.size();
    }

    /** A face followed since an earlier frame, located again: still the marked student. */
    private static FaceResult located(FaceTracks followed, RecognizedFace f, FaceTracks.Track track,
            Map<Long, String> roster, Map<Long, AttendanceStatus> marked, Instant now, int width) {
        followed.located(track.id(), toTrack(f.box(), width), now);
        AttendanceStatus status = marked.get(track.studentId());
        if (status == null) {
            // The mark was taken back meanwhile: recognise this face afresh next frame.
            followed.forget(track.studentId());
        }
        return result(f, status == null ? Outcome.CONFIRMING : Outcome.ALREADY_MARKED, track.studentId(),
                roster.get(track.studentId()), status, null, null, null).withTrack(track.id());
    }

    /** Starts or moves the track of a face identified as a marked student; ends one that no longer holds. */
    private static FaceResult follow(FaceTracks followed, RecognizedFace f, FaceResult r, Instant now,
            LongSupplier ids, int width) {
        if (f.box() == null) {
            return r;
        }
        if (follows(f, r)) {
            return r.withTrack(followed.recognised(toTrack(f.box(), width), r.studentId(), now, ids));
        }
        followed.lost(toTrack(f.box(), width));
        return r;
    }

    /** Whether a face's result starts or moves a track. */
    private static boolean follows(RecognizedFace f, FaceResult r) {
        return f.box() != null && (r.outcome() == Outcome.MARKED || r.outcome() == Outcome.ALREADY_MARKED)
                && r.studentId() != null;
    }

    private FaceResult apply(SessionRef session, Source source, RecognizedFace f, Decision d, Map<Long, String> roster,
            Map<Long, AttendanceStatus> marked, Crops crops, Instant now, Sightings evidenceOverFrames) {
        Long student = d.studentId();
        return switch (d.action()) {
            case REPORT -> switch (d.outcome()) {
                case OTHER_CLASS -> result(f, Outcome.OTHER_CLASS, student, nameOf(student), null, d.similarity());
                case ALREADY_MARKED -> result(f, Outcome.ALREADY_MARKED, student, roster.get(student),
                        marked.get(student), d.similarity());
                case CONFIRMING -> result(f, Outcome.CONFIRMING, student, roster.get(student), null, d.similarity());
                default -> result(f, d.outcome(), null, null, null, null, d.reason(), null);
            };
            case MARK -> {
                MarkResult r = marking.markSeen(session.id(), student, now, d.similarity(), source);
                yield switch (r.outcome()) {
                    case NEW_PRESENT, NEW_LATE -> {
                        evidenceOverFrames.forget(session.id(), student);
                        evidence.save(r.recordId(), session.id(), crops.of(f), now);
                        yield result(f, Outcome.MARKED, student, roster.get(student), r.status(), d.similarity(),
                                d.reason(), null);
                    }
                    case ALREADY_MARKED, MANUAL_KEPT ->
                        result(f, Outcome.ALREADY_MARKED, student, roster.get(student), r.status(), d.similarity());
                    case OUTSIDE_WINDOW ->
                        result(f, Outcome.CONFIRMING, student, roster.get(student), null, d.similarity());
                    case SESSION_NOT_OPEN -> throw sessionClosed(session.id());
                    case NOT_ON_ROSTER -> result(f, Outcome.UNKNOWN, null, null, null, null);
                };
            }
            case REVIEW -> {
                if (pending.rejected(session.id(), student)) {
                    yield result(f, Outcome.UNKNOWN, null, null, null, null);
                }
                Long runnerUp = f.runnerUp() == null ? null : SubjectIds.studentOf(f.runnerUp().subjectId());
                long pendingId = pending.add(session.id(), student, d.similarity(), runnerUp,
                        f.runnerUp() == null ? null : f.runnerUp().similarity(), now, source, crops.of(f), d.reason());
                yield result(f, Outcome.NEEDS_CONFIRMATION, student, roster.get(student), null, d.similarity(),
                        d.reason(), pendingId);
            }
        };
    }

    private String nameOf(Long studentId) {
        return studentId == null ? null : students.nameOf(studentId).orElse(null);
    }

    private static FaceResult result(RecognizedFace f, Outcome outcome, Long studentId, String name,
            AttendanceStatus status, Double similarity) {
        return result(f, outcome, studentId, name, status, similarity, null, null);
    }

    private static FaceResult result(RecognizedFace f, Outcome outcome, Long studentId, String name,
            AttendanceStatus status, Double similarity, ReviewReason reason, Long pendingId) {
        var b = f.box();
        return new FaceResult(b == null ? null : new FrameResult.Box(b.x(), b.y(), b.width(), b.height()), outcome,
                studentId, name, status, similarity, f.liveness() == null ? null : f.liveness().score(), reason,
                pendingId, null);
    }

    /** Decodes the frame as sent to face-service at most once, and only when a crop is needed. */
    private static final class Crops {
        private final FrameImages.Frame frame;
        private final int size;
        private BufferedImage image;
        private boolean tried;

        Crops(FrameImages.Frame frame, int size) {
            this.frame = frame;
            this.size = size;
        }

        byte[] of(RecognizedFace f) {
            if (!tried) {
                tried = true;
                image = FaceCrops.decode(frame.bytes());
            }
            return image == null || f.box() == null ? null : FaceCrops.crop(image, frame.toSent(f.box()), size);
        }
    }

    /** After a teacher's decision: the student's evidence and track start afresh. */
    void forget(long sessionId, long studentId) {
        sightings.forget(sessionId, studentId);
        tracks.forget(sessionId, studentId);
    }
}
