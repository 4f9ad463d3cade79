package app.attendance.api.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the CSV imports.
 *
 * @param maxBytes the largest CSV accepted, as a {@code text/csv} body or a multipart file; a larger
 *                 one is refused with 413 after reading at most this much; also the cap of each
 *                 CSV unpacked from a OneRoster zip
 * @param maxZipBytes all CSVs of a OneRoster zip unpacked together
 */
@ConfigurationProperties("attendance.import")
record ImportProperties(@DefaultValue("5MB") DataSize maxBytes, @DefaultValue("40MB") DataSize maxZipBytes) {
}
