package app.attendance.web.websession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Session attributes as Java serialization, as Spring Session stores them, except that an attribute
 * that cannot be read back (written by another version of the web app during a rolling upgrade, whose
 * classes changed) reads as absent instead of failing every request of that browser: the user then
 * simply signs in again.
 */
final class SessionAttributeCodec {

    private static final Logger log = LoggerFactory.getLogger(SessionAttributeCodec.class);

    private SessionAttributeCodec() {
    }

    static GenericConversionService conversionService(ClassLoader classLoader) {
        GenericConversionService service = new GenericConversionService();
        service.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter read = new DeserializingConverter(classLoader);
        service.addConverter(byte[].class, Object.class, (Converter<byte[], Object>) bytes -> {
            try {
                return read.convert(bytes);
            } catch (SerializationFailedException e) {
                log.info("A session attribute could not be read and counts as absent: {}", e.getMessage());
                return null;
            }
        });
        return service;
    }
}
