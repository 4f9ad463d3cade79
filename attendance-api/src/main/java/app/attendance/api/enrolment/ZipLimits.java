package app.attendance.api.enrolment;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Hard caps on an enrolment zip, checked while it is inflated ({@link ZipPhotos}): a zip that
 * exceeds one is refused with 413 as soon as the cap is reached, before anything is stored.
 * The unpacked photos are held in memory until they are sent, so {@code maxTotalBytes} bounds
 * what one upload can cost the heap. Photos barely compress, so a real zip unpacks to about its
 * own size (at most {@code spring.servlet.multipart.max-file-size}, 12 MB by default).
 *
 * @param maxEntries entries of any kind (photos, folders, other files) in one zip
 * @param maxEntryBytes unpacked size of one photo (the limit of a single photo upload)
 * @param maxTotalBytes unpacked size of all entries together
 */
@Validated
@ConfigurationProperties("attendance.enrolment.zip")
record ZipLimits(
        @DefaultValue("2000") @Min(1) int maxEntries,
        @DefaultValue("12MB") DataSize maxEntryBytes,
        @DefaultValue("64MB") DataSize maxTotalBytes) {
}
