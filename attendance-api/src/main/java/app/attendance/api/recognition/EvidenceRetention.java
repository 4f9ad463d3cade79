package app.attendance.api.recognition;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes face crops (evidence of marks, crops of pending matches) older than the retention
 * period ({@code attendance.recognition.evidence-retention}, default 30 days), on the schedule
 * {@code attendance.recognition.evidence-cron}.
 */
@Component
public class EvidenceRetention {

    private static final Logger log = LoggerFactory.getLogger(EvidenceRetention.class);

    private final EvidenceStore evidence;
    private final PendingStore pending;
    private final RecognitionProperties rules;
    private final Clock clock;

    EvidenceRetention(EvidenceStore evidence, PendingStore pending, RecognitionProperties rules, Clock clock) {
        this.evidence = evidence;
        this.pending = pending;
        this.rules = rules;
        this.clock = clock;
    }

    /** Deletes what is past retention; returns how many crops were deleted. */
    @Scheduled(cron = "${attendance.recognition.evidence-cron:0 17 3 * * *}")
    public int purge() {
        Instant cutoff = clock.instant().minus(rules.evidenceRetention());
        int crops = evidence.deleteCreatedBefore(cutoff);
        int matches = pending.deleteSeenBefore(cutoff);
        if (crops + matches > 0) {
            log.info("Retention: deleted {} evidence crop(s) and {} pending match(es) older than {}", crops, matches,
                    cutoff);
        }
        return crops + matches;
    }

    /** Turns on {@code @Scheduled} for the retention job. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {
    }
}
