package dev.contentapi.support;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.film.Film;
import dev.contentapi.person.Person;

/**
 * Makes the searchable rows a search test asserts on: articles with their text and language, people with bios, films
 * with synopses. A test puts a {@link #word() word of its own} in them, so that what it searches for is found in its
 * own rows only, whatever other tests have made.
 */
@ApplicationScoped
public class SearchFixtures {

    /** A made-up word of ten lower-case letters, in no other row: what only this test's rows match. */
    public static String word() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Transactional
    public Article article(String language, ArticleStatus status, String title, String summary, String body) {
        Article article = new Article();
        article.slug = Fixtures.unique("article");
        article.title = title;
        article.summary = summary;
        article.body = body;
        article.language = language;
        article.status = status;
        // A scheduled article is due in a day: one due now would be published by the scheduled publisher mid-test.
        article.publishedAt = switch (status) {
            case DRAFT -> null;
            case SCHEDULED -> Instant.now().plus(java.time.Duration.ofDays(1));
            default -> Instant.now();
        };
        article.persist();
        return article;
    }

    public Article published(String title, String summary, String body) {
        return article("en", ArticleStatus.PUBLISHED, title, summary, body);
    }

    @Transactional
    public Person person(String name, String shortBio) {
        Person person = new Person();
        person.slug = Fixtures.unique("person");
        person.name = name;
        person.sortName = name;
        person.shortBio = shortBio;
        person.persist();
        return person;
    }

    @Transactional
    public Film film(String title, String synopsis) {
        Film film = new Film();
        film.slug = Fixtures.unique("film");
        film.title = title;
        film.synopsis = synopsis;
        film.persist();
        return film;
    }
}
