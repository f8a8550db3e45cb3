package dev.contentapi.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.contentapi.common.persistence.EditableEntity;
import dev.contentapi.film.Film;
import dev.contentapi.person.Person;

/** A piece the site publishes: its text in Markdown, who wrote it, and the films and people it is about. */
@Entity
public class Article extends EditableEntity {

    public String slug;

    public String title;

    /** The subtitle under the headline. */
    public String dek;

    public String summary;

    /** Markdown; null when only the headline is known. */
    public String body;

    /** ISO 639-1: {@code en} or {@code es}. */
    public String language;

    public ArticleStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public Person author;

    @Embedded
    public HeroImage heroImage;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    /** The approved comments on it: kept on the article's row by triggers on comment (V17), never written here. */
    @Column(name = "comment_count", insertable = false, updatable = false)
    public long commentCount;

    /** Its approved comments that are not replies: the total of its comment pages. Kept like the count. */
    @Column(name = "thread_count", insertable = false, updatable = false)
    public long threadCount;

    @ManyToMany
    @JoinTable(name = "article_person", joinColumns = @JoinColumn(name = "article_id"), inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    public List<Person> people = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_film", joinColumns = @JoinColumn(name = "article_id"), inverseJoinColumns = @JoinColumn(name = "film_id"))
    @OrderColumn(name = "position")
    public List<Film> films = new ArrayList<>();
}
