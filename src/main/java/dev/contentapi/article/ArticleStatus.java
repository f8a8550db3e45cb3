package dev.contentapi.article;

import java.util.Locale;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.contentapi.common.persistence.CodedEnum;
import dev.contentapi.common.persistence.CodedEnumConverter;

/** Where an article stands in its life. Only {@code published} articles are visible to the public. */
public enum ArticleStatus implements CodedEnum {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED;

    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedEnumConverter<ArticleStatus> {
        public DbConverter() {
            super(ArticleStatus.class);
        }
    }
}
