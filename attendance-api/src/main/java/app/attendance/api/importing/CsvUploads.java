package app.attendance.api.importing;

import app.attendance.api.system.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded CSV as text, never more than {@link ImportProperties#maxBytes()} (+1 byte to
 * tell that there is more): a bigger upload answers 413 {@code too-large} without being buffered.
 */
@Component
class CsvUploads {

    private final ImportProperties props;

    CsvUploads(ImportProperties props) {
        this.props = props;
    }

    /** A {@code text/csv} (or {@code text/plain}) request body, in its declared charset (UTF-8 when none). */
    String body(HttpServletRequest request) {
        Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(request.getCharacterEncoding());
        try {
            return read(request.getInputStream(), charset);
        } catch (IOException e) {
            throw ApiException.invalid("body", "could not be read");
        }
    }

    /** A multipart CSV file, as UTF-8. */
    String file(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return read(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ApiException.invalid("file", "could not be read");
        }
    }

    private String read(InputStream in, Charset charset) throws IOException {
        long max = props.maxBytes().toBytes();
        byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > max) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                    "The CSV is larger than " + max + " bytes; split it").with("limit", "csv-bytes").with("max", max);
        }
        return new String(bytes, charset);
    }
}
