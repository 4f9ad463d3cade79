package app.attendance.api.attendance.recognition;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes face crops (evidence of marks, crops of pending matches) older than the retention
 * period ({@code attendance.recognition.evidence-retention}, default 30 days), and the evidence over
 * frames and tracks left by sessions that sent no more frames, on the schedule
 * {@code attendance.recognition.evidence-cron}: on one API replica per run (ShedLock).
 */
@Component
public class EvidenceRetention {

    private static final Logger log = LoggerFactory.getLogger(EvidenceRetention.class);

    private final EvidenceStore evidence;
    private final PendingStore pending;
    private final SightingStore sightings;
    private final TrackStore tracks;
    private final RecognitionProperties rules;
    private final Clock clock;

    EvidenceRetention(EvidenceStore evidence, PendingStore pending, SightingStore sightings, TrackStore tracks,
            RecognitionProperties rules, Clock clock) {
        this.evidence = evidence;
        this.pending = pending;
        this.sightings = sightings;
        this.tracks = tracks;
        this.rules = rules;
        this.clock = clock;
    }

    /** The scheduled run; another replica's run within 5 minutes makes this one skip. */
    @Scheduled(cron = "${attendance.recognition.evidence-cron:0 17 3 * * *}")
    @SchedulerLock(name = "evidence-retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void scheduledPurge() {
        purge();
    }

    /** Deletes what is past retention; returns how many crops were deleted. */
    public int purge() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(rules.evidenceRetention());
        int crops = evidence.deleteCreatedBefore(cutoff);
        int matches = pending.deleteSeenBefore(cutoff);
        int seen = sightings.deleteSeenBefore(now.minus(rules.consensusWindow()))
                + tracks.deleteSeenBefore(now.minus(rules.trackTimeout()));
        if (crops + matches + seen > 0) {
            log.info("Retention: deleted {} evidence crop(s) and {} pending match(es) older than {},"
                    + " {} ended sighting(s) and track(s)", crops, matches, cutoff, seen);
        }
        return crops + matches;
    }
}
