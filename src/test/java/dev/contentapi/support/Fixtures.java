package dev.contentapi.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.article.HeroImage;
import dev.contentapi.comment.Comment;
import dev.contentapi.comment.CommentStatus;
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

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    @Transactional
    public Person person(String name, String sortName) {
        Person person = new Person();
        person.slug = unique("person");
        person.name = name;
        person.sortName = sortName;
        person.persist();
        return person;
    }

    @Transactional
    public Film film(String title, LocalDate releaseDate) {
        Film film = new Film();
        film.slug = unique("film");
        film.title = title;
        film.releaseDate = releaseDate;
        film.persist();
        return film;
    }

    @Transactional
    public void credit(Film film, Person person, CreditKind kind, String characterName, int position) {
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
        Article article = new Article();
        article.slug = unique("article");
        article.title = title;
        article.language = "en";
        article.status = status;
        article.publishedAt = publishedAt;
        article.author = author == null ? null : Person.findById(author.id);
        article.heroImage = new HeroImage();
        people.forEach(person -> article.people.add(Person.findById(person.id)));
        films.forEach(film -> article.films.add(Film.findById(film.id)));
        article.persist();
        return article;
    }

    public Article published(String title, Instant publishedAt) {
        return article(title, ArticleStatus.PUBLISHED, publishedAt, null, List.of(), List.of());
    }

    @Transactional
    public Comment comment(Article article, Comment parent, CommentStatus status, String body) {
        Comment comment = new Comment();
        comment.article = Article.findById(article.id);
        comment.parent = parent == null ? null : Comment.findById(parent.id);
        comment.depth = (short) (parent == null ? 1 : parent.depth + 1);
        comment.authorName = "Reader " + SEQUENCE.incrementAndGet();
        comment.authorEmail = unique("reader") + "@example.org";
        comment.body = body;
        comment.status = status;
        comment.persist();
        return comment;
    }
}
