package dev.contentapi.film;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.contentapi.common.persistence.EditableEntity;

/** A film, with the people who made it or whom it is about. */
@Entity
public class Film extends EditableEntity {

    public String slug;

    public String title;

    @Column(name = "original_title")
    public String originalTitle;

    @Column(name = "release_date")
    public LocalDate releaseDate;

    @Column(name = "runtime_minutes")
    public Integer runtimeMinutes;

    /** Where it was released to the public: a streaming service, or cinemas. */
    public String platform;

    /** The studio or distributor that released it. */
    public String studio;

    public String synopsis;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "filming_countries")
    public List<String> filmingCountries = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> genres = new ArrayList<>();

    @OneToMany(mappedBy = "film")
    @OrderBy("position")
    public List<Credit> credits = new ArrayList<>();
}
