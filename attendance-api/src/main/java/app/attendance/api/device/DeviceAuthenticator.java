package app.attendance.api.device;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the enabled device a key belongs to and records when it was last seen. */
@Component
public class DeviceAuthenticator {

    private static final Duration LAST_SEEN_RESOLUTION = Duration.ofSeconds(30);

    private final DeviceRepository devices;
    private final Clock clock;

    DeviceAuthenticator(DeviceRepository devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    @Transactional
    public Optional<DevicePrincipal> authenticate(String key) {
        String prefix = DeviceKeys.prefixOf(key);
        if (prefix == null) {
            return Optional.empty();
        }
        return devices.findByKeyPrefix(prefix)
                .filter(Device::isEnabled)
                .filter(d -> DeviceKeys.matches(key, d.getKeyHash()))
                .map(d -> {
                    Instant now = clock.instant();
                    if (d.getLastSeenAt() == null || d.getLastSeenAt().isBefore(now.minus(LAST_SEEN_RESOLUTION))) {
                        d.seen(now);
                    }
                    return new DevicePrincipal(d.getId(), d.getName(),
                            d.getRoom() == null ? null : d.getRoom().getId(),
                            d.getSchoolClass() == null ? null : d.getSchoolClass().getId());
                });
    }
}
