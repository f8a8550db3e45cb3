package dev.contentapi.film;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.contentapi.common.persistence.CodedEnum;
import dev.contentapi.common.persistence.CodedEnumConverter;

/** What a person did for a film. {@code subject}: a real person the film is about. */
public enum CreditKind implements CodedEnum {
    DIRECTOR,
    WRITER,
    PRODUCER,
    CAST,
    SUBJECT,
    CINEMATOGRAPHER,
    EDITOR,
    COMPOSER;

    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedEnumConverter<CreditKind> {
        public DbConverter() {
            super(CreditKind.class);
        }
    }
}
