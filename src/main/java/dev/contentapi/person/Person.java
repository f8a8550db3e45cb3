package dev.contentapi.person;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.contentapi.common.persistence.EditableEntity;
import dev.contentapi.film.Credit;

/** Someone the site writes about or who writes for it: an astronaut, a director, an actor, a journalist. */
@Entity
public class Person extends EditableEntity {

    public String slug;

    public String name;

    @Column(name = "sort_name")
    public String sortName;

    @Column(name = "short_bio")
    public String shortBio;

    /** Markdown. */
    @Column(name = "long_bio")
    public String longBio;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> roles = new ArrayList<>();

    public String birthplace;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Affiliation> affiliations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PersonLink> links = new ArrayList<>();

    @OneToMany(mappedBy = "person")
    public List<Credit> credits = new ArrayList<>();
}
