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
 * Refuses a string with the NUL character (U+0000) anywhere in a JSON body. PostgreSQL cannot store it in {@code text}
 * or {@code jsonb}, so it would otherwise fail in the database, as a 500, instead of being answered as the bad input it
 * is: a 400 problem that names the field (see {@code UnreadableBodies}).
 */
@Singleton
public class NulFreeStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
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
