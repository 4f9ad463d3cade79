package app.attendance.web.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/** Multipart bodies for file uploads relayed to the API. */
public final class Multipart {

    private Multipart() {
    }

    /** A body with one part holding the given bytes. */
    public static MultiValueMap<String, Object> of(String name, String fileName, MediaType type, byte[] bytes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(name, part(name, fileName, type, bytes));
        return parts;
    }

    /** Adds an uploaded file as a part, keeping its name and content type. */
    public static void add(MultiValueMap<String, Object> parts, String name, MultipartFile file) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MediaType type;
        try {
            type = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file
                    .getContentType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file
                .getOriginalFilename();
        parts.add(name, part(name, fileName, type, bytes));
    }

    private static HttpEntity<ByteArrayResource> part(String name, String fileName, MediaType type, byte[] bytes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDispositionFormData(name, fileName);
        return new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, headers);
    }
}
