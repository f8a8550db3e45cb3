package dev.contentapi.comment;

import java.util.Locale;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.contentapi.common.persistence.CodedEnum;
import dev.contentapi.common.persistence.CodedEnumConverter;

/** Where a comment stands in moderation. Only {@code approved} comments are public. */
public enum CommentStatus implements CodedEnum {
    PENDING,
    APPROVED,
    REJECTED,
    SPAM;

    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedEnumConverter<CommentStatus> {
        public DbConverter() {
            super(CommentStatus.class);
        }
    }
}
