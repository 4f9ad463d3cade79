package app.attendance.api.attendance.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.faceclient.FaceRecords.Box;
import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.TestData;
import app.attendance.testing.TestZone;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence over frames and face tracks stored in PostgreSQL give the answers that one process
 * keeping them in memory gives, frame after frame (window, bound per student, forgetting), and a
 * frame of 24 faces costs a fixed number of statements. Prints the cost of a 24-face frame's
 * evidence and tracks (load and write back), for the record; asserts no timing.
 */
@IntegrationTest
class EvidenceStoresTest {

    private static final int FACES = 24;

    @Autowired
    SightingStore sightings;
    @Autowired
    TrackStore tracks;
    @Autowired
    RecognitionProperties rules;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    private long session() {
        TestData data = new TestData(jdbc);
        long teacher = data.teacher();
        return data.openSessionNow(Clock.systemUTC(), TestZone.MIDDAY, data.schoolClass(teacher), data.subject(),
                teacher, 2);
    }

    @Test
    void storedEvidenceAnswersAsEvidenceInMemoryFrameAfterFrame() {
        long session = session();
        Sightings memory = new Sightings(rules.consensusWindow(), 4 * rules.consensusFrames());
        Instant t0 = Instant.parse("2026-11-24T08:00:00Z");
        for (int frame = 0; frame < 30; frame++) {
            // Frames 1.5 s apart, so sightings leave the 10 s window; students 0..5 seen, one forgotten now and then.
            Instant at = t0.plusMillis(1500L * frame);
            int f = frame;
            List<Sightings.Evidence> stored = new ArrayList<>();
            tx.executeWithoutResult(s -> {
                Sightings loaded = sightings.load(session, at);
                for (long student = 0; student < 6; student++) {
                    if ((f + student) % 3 != 0) {
                        Sightings.Sighting seen = new Sightings.Sighting(at, 0.5 + student / 10.0,
                                student % 2 == 0 ? LivenessState.LIVE : LivenessState.DOUBTFUL);
                        stored.add(loaded.observe(session, student, seen));
                    }
                }
                if (f % 7 == 6) {
                    loaded.forget(session, f % 6);
                }
                sightings.save(loaded);
            });
            List<Sightings.Evidence> expected = new ArrayList<>();
            for (long student = 0; student < 6; student++) {
                if ((f + student) % 3 != 0) {
                    expected.add(memory.observe(session, student, new Sightings.Sighting(at, 0.5 + student / 10.0,
                            student % 2 == 0 ? LivenessState.LIVE : LivenessState.DOUBTFUL)));
                }
            }
            if (f % 7 == 6) {
                memory.forget(session, f % 6);
            }
            assertThat(stored).as("frame %d", frame).isEqualTo(expected);
        }
        assertThat(jdbc.sql("select count(*) from face_sightings where session_id = :s").param("s", session)
                .query(Long.class).single()).as("no more rows than the bound").isLessThanOrEqualTo(6L * 4
                        * rules.consensusFrames());
    }

    @Test
    void tracksStoredByOneFrameAreKnownToTheNext() {
        long session = session();
        Instant now = Instant.now();
        long[] ids = new long[2];
        tx.executeWithoutResult(s -> {
            FaceTracks t = tracks.load(session, now);
            LongSupplier next = tracks.ids(2);
            ids[0] = t.recognised(new Box(0, 0, 50, 50), 1, now, next);
            ids[1] = t.recognised(new Box(100, 0, 50, 50), 2, now, next);
            tracks.save(session, t);
        });
        assertThat(tracks.known(session, now.plusSeconds(1))).extracting(FaceTracks.Track::studentId)
                .containsExactly(1L, 2L);
        tx.executeWithoutResult(s -> {
            FaceTracks t = tracks.load(session, now.plusSeconds(1));
            t.located(ids[0], new Box(5, 0, 50, 50), now.plusSeconds(1));
            t.lost(new Box(100, 0, 50, 50));
            tracks.save(session, t);
        });
        List<FaceTracks.Track> known = tracks.known(session, now.plusSeconds(2));
        assertThat(known).singleElement().satisfies(k -> {
            assertThat(k.id()).isEqualTo(ids[0]);
            assertThat(k.box().x()).isEqualTo(5);
        });
        assertThat(tracks.known(session, now.plusSeconds(1).plus(rules.trackTimeout()).plusSeconds(1))).isEmpty();
    }

    @Test
    void aFrameOf24FacesCostsAFewStatements() {
        long session = session();
        Instant t0 = Instant.now();
        int frames = 200;
        long start = 0;
        for (int frame = -20; frame < frames; frame++) {
            if (frame == 0) {
                start = System.nanoTime();
            }
            Instant at = t0.plusMillis(500L * (frame + 20));
            tx.executeWithoutResult(s -> {
                Sightings loaded = sightings.load(session, at);
                FaceTracks followed = tracks.load(session, at);
                LongSupplier ids = tracks.ids(FACES / 2);
                for (int face = 0; face < FACES; face++) {
                    Box box = new Box(face * 60, 0, 50, 50);
                    if (face % 2 == 0) {
                        loaded.observe(session, face, new Sightings.Sighting(at, 1, LivenessState.UNSCORED));
                        followed.lost(box);
                    } else {
                        followed.recognised(box, face, at, ids);
                    }
                }
                sightings.save(loaded);
                tracks.save(session, followed);
            });
        }
        double perFrame = (System.nanoTime() - start) / 1e6 / frames;
        System.out.printf(Locale.ROOT, "evidence and tracks of a %d-face frame in PostgreSQL: %.2f ms per frame"
                + " (load 2 queries, ids 1, write back at most 5 statements)%n", FACES, perFrame);
        assertThat(tracks.known(session, t0.plusMillis(500L * (frames + 19)))).hasSize(FACES / 2);
    }
}
