package dev.contentapi.common.http;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads JSON bodies strictly, refusing two kinds of input that would otherwise fail past the reading, as a 500, instead
 * of being answered as the bad input they are (400 {@code malformed-request} problems):
 * <ul>
 * <li>an object that names a property twice: ambiguous (RFC 8259 §4), and a record's creator cannot take the second
 * value once it has all the others;</li>
 * <li>a string with the NUL character (U+0000), which PostgreSQL cannot store in {@code text} or {@code jsonb}.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("nul-free-strings").addDeserializer(String.class, new Deserializer()));
    }

    /** Whether a string holds the character PostgreSQL refuses. */
    public static boolean hasNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }

    static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (hasNul(value)) {
                throw InvalidFormatException.from(parser, "A string holds U+0000", value, String.class);
            }
            return value;
        }
    }
}
