package dev.contentapi.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

import dev.contentapi.film.Credit;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone the site writes about or who writes for it: an astronaut, a director, an actor, a journalist. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
