package dev.contentapi.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.article.HeroImage;
import dev.contentapi.comment.Comment;
import dev.contentapi.comment.CommentStatus;
import dev.contentapi.common.caching.ContentChanges;
import dev.contentapi.film.Credit;
import dev.contentapi.film.CreditKind;
import dev.contentapi.film.Film;
import dev.contentapi.person.Person;

/**
 * Makes the rows a test asserts on, straight into the database: including those the public API must never show
 * (drafts, pending comments, private emails). Every slug is unique, so tests never collide.
 */
@ApplicationScoped
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Fixtures write behind the API's back: their commits count as changes, as an API write's would. */
    @Inject
    ContentChanges changes;

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    @Transactional
    public Person person(String name, String sortName) {
        changes.changedOnCommit();
        Person person = new Person();
        person.slug = unique("person");
        person.name = name;
        person.sortName = sortName;
        person.persist();
        return person;
    }

    /** A person with these roles (occupations), as the {@code role} filter matches them. */
    @Transactional
    public Person person(String name, String sortName, List<String> roles) {
        changes.changedOnCommit();
        Person person = new Person();
        person.slug = unique("person");
        person.name = name;
        person.sortName = sortName;
        person.roles = new ArrayList<>(roles);
        person.persist();
        return person;
    }

    @Transactional
    public Film film(String title, LocalDate releaseDate) {
        changes.changedOnCommit();
        return film(title, releaseDate, List.of());
    }

    /** A film of these genres, as the {@code genre} filter matches them. */
    @Transactional
    public Film film(String title, LocalDate releaseDate, List<String> genres) {
        changes.changedOnCommit();
        Film film = new Film();
        film.slug = unique("film");
        film.title = title;
        film.releaseDate = releaseDate;
        film.genres = new ArrayList<>(genres);
        film.persist();
        return film;
    }

    @Transactional
    public void credit(Film film, Person person, CreditKind kind, String characterName, int position) {
        changes.changedOnCommit();
        Credit credit = new Credit();
        credit.film = Film.findById(film.id);
        credit.person = Person.findById(person.id);
        credit.kind = kind;
        credit.characterName = characterName;
        credit.position = position;
        credit.persist();
    }

    @Transactional
    public Article article(String title, ArticleStatus status, Instant publishedAt, Person author, List<Person> people,
            List<Film> films) {
        return article().title(title).status(status).publishedAt(publishedAt).author(author).about(people)
                .aboutFilms(films).create();
    }

    /**
     * An article to describe field by field: by default a published English article without a date, author, tags or
     * relations, titled after its slug. {@link ArticleRow#create()} inserts it.
     */
    public ArticleRow article() {
        return new ArticleRow(this);
    }

    @Transactional
    Article insert(ArticleRow row) {
        changes.changedOnCommit();
        Article article = new Article();
        article.slug = unique("article");
        article.title = row.title == null ? "Article " + article.slug : row.title;
        article.language = row.language;
        article.status = row.status;
        article.publishedAt = row.publishedAt;
        article.author = row.author == null ? null : Person.findById(row.author.id);
        article.heroImage = new HeroImage();
        article.tags = new ArrayList<>(row.tags);
        row.people.forEach(person -> article.people.add(Person.findById(person.id)));
        row.films.forEach(film -> article.films.add(Film.findById(film.id)));
        article.persist();
        return article;
    }

    public Article published(String title, Instant publishedAt) {
        return article(title, ArticleStatus.PUBLISHED, publishedAt, null, List.of(), List.of());
    }

    @Transactional
    public Comment comment(Article article, Comment parent, CommentStatus status, String body) {
        changes.changedOnCommit();
        return comment(article, parent, status, body, null);
    }

    /** A comment with a moderator's note, which is private like the author's email. */
    @Transactional
    public Comment comment(Article article, Comment parent, CommentStatus status, String body, String moderationNote) {
        changes.changedOnCommit();
        Comment comment = new Comment();
        comment.article = Article.findById(article.id);
        comment.parent = parent == null ? null : Comment.findById(parent.id);
        comment.depth = (short) (parent == null ? 1 : parent.depth + 1);
        comment.authorName = "Reader " + SEQUENCE.incrementAndGet();
        comment.authorEmail = unique("reader") + "@example.org";
        comment.body = body;
        comment.status = status;
        comment.moderationNote = moderationNote;
        comment.persist();
        return comment;
    }

    /** The fields of an article to insert; unset ones keep the defaults that {@link Fixtures#article()} names. */
    public static final class ArticleRow {

        private final Fixtures fixtures;
        private String title;
        private ArticleStatus status = ArticleStatus.PUBLISHED;
        private Instant publishedAt;
        private Person author;
        private List<Person> people = List.of();
        private List<Film> films = List.of();
        private String language = "en";
        private List<String> tags = List.of();

        private ArticleRow(Fixtures fixtures) {
            this.fixtures = fixtures;
        }

        public ArticleRow title(String title) {
            this.title = title;
            return this;
        }

        public ArticleRow status(ArticleStatus status) {
            this.status = status;
            return this;
        }

        public ArticleRow publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public ArticleRow author(Person author) {
            this.author = author;
            return this;
        }

        /** The people it is about. */
        public ArticleRow about(List<Person> people) {
            this.people = List.copyOf(people);
            return this;
        }

        public ArticleRow about(Person... people) {
            return about(List.of(people));
        }

        /** The films it is about. */
        public ArticleRow aboutFilms(List<Film> films) {
            this.films = List.copyOf(films);
            return this;
        }

        public ArticleRow aboutFilms(Film... films) {
            return aboutFilms(List.of(films));
        }

        public ArticleRow language(String language) {
            this.language = language;
            return this;
        }

        public ArticleRow tags(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        public Article create() {
            return fixtures.insert(this);
        }
    }
}
