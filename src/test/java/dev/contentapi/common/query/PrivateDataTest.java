package dev.contentapi.common.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.comment.Comment;
import dev.contentapi.comment.CommentStatus;
import dev.contentapi.film.Film;
import dev.contentapi.person.Person;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Lists;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What the public must never see: drafts, scheduled and archived articles, and comments that are pending, rejected or
 * spam. Each test writes such rows straight into the database next to a public one that shares their markers (author,
 * subject, film, tag, dates), then asks every way an anonymous client can: list, count, each filter, each sort, cursor
 * paging, include, the person sub-resources, comment threads, and item by slug or id. Only the public rows ever answer,
 * and only they are counted.
 */
@QuarkusTest
class PrivateDataTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final List<String> ARTICLE_SORTS = List.of("publishedAt", "-publishedAt", "title", "-title",
            "updatedAt", "-updatedAt");

    @Inject
    Fixtures fixtures;

    /**
     * The rows most tests read: one published article, and six hidden ones on all its markers and more. Written once
     * for the class (the tests only read them), so that the suite stays small next to the lists other tests read whole.
     */
    private static World world;

    private Person author;
    private Person subject;
    private Person hiddenSubject;
    private Person hiddenOnlyAuthor;
    private Film film;
    private Film hiddenFilm;
    private String tag;
    private String hiddenTag;
    private Article published;
    private List<Article> hidden;

    private record World(Person author, Person subject, Person hiddenSubject, Person hiddenOnlyAuthor, Film film,
            Film hiddenFilm, String tag, String hiddenTag, Article published, List<Article> hidden) {
    }

    @BeforeEach
    void readTheWorld() {
        if (world == null) {
            world = writeWorld();
        }
        author = world.author();
        subject = world.subject();
        hiddenSubject = world.hiddenSubject();
        hiddenOnlyAuthor = world.hiddenOnlyAuthor();
        film = world.film();
        hiddenFilm = world.hiddenFilm();
        tag = world.tag();
        hiddenTag = world.hiddenTag();
        published = world.published();
        hidden = world.hidden();
    }

    private World writeWorld() {
        Person author = fixtures.person("Private Author", "Author, Private");
        Person subject = fixtures.person("Public Subject", "Subject, Public");
        Person hiddenSubject = fixtures.person("Hidden Subject", "Subject, Hidden");
        Person hiddenOnlyAuthor = fixtures.person("Drafts Only", "Only, Drafts");
        Film film = fixtures.film("Zz Public Film", LocalDate.of(1960, 1, 1));
        Film hiddenFilm = fixtures.film("Zz Hidden Film", LocalDate.of(1961, 1, 1));
        String tag = Fixtures.unique("private");
        String hiddenTag = Fixtures.unique("hidden");

        Instant at = Instant.parse("2016-03-10T12:00:00Z");
        Article published = fixtures.article().status(ArticleStatus.PUBLISHED).title("Zz Private Public")
                .publishedAt(at).author(author).about(subject).aboutFilms(film).tags(tag).language("en").create();
        HiddenArticles hide = new HiddenArticles(subject, hiddenSubject, List.of(film, hiddenFilm),
                List.of(tag, hiddenTag));
        List<Article> hidden = List.of(
                hide.article(ArticleStatus.DRAFT, null, author, null),
                hide.article(ArticleStatus.DRAFT, at.plus(1, ChronoUnit.HOURS), hiddenOnlyAuthor, null),
                // scheduled articles are hidden until their time; one whose time has passed is published by the scheduler
                hide.article(ArticleStatus.SCHEDULED, Instant.now().plus(60, ChronoUnit.DAYS), author, null),
                hide.article(ArticleStatus.SCHEDULED, Instant.now().plus(30, ChronoUnit.DAYS), hiddenOnlyAuthor, null),
                hide.article(ArticleStatus.ARCHIVED, at.plus(1, ChronoUnit.MINUTES), author, null),
                hide.article(ArticleStatus.ARCHIVED, at.minus(1, ChronoUnit.DAYS), hiddenOnlyAuthor, null));
        return new World(author, subject, hiddenSubject, hiddenOnlyAuthor, film, hiddenFilm, tag, hiddenTag,
                published, hidden);
    }

    /**
     * Hidden articles on all the markers of a public one and more: titles that sort among it, other dates, Spanish,
     * their own subject, film and tag, so that any query that let one through would show it.
     */
    private final class HiddenArticles {

        private final Person subject;
        private final Person hiddenSubject;
        private final List<Film> films;
        private final List<String> tags;

        HiddenArticles(Person subject, Person hiddenSubject, List<Film> films, List<String> tags) {
            this.subject = subject;
            this.hiddenSubject = hiddenSubject;
            this.films = films;
            this.tags = tags;
        }

        Article article(ArticleStatus status, Instant publishedAt, Person by, String title) {
            return fixtures.article().status(status)
                    .title(title == null ? "Zz Private " + status + " " + Fixtures.unique("h") : title)
                    .publishedAt(publishedAt).author(by).about(distinct(subject, hiddenSubject, by)).aboutFilms(films)
                    .tags(tags.toArray(String[]::new)).language("es").create();
        }
    }

    // Lists and counts

    @Test
    void neverListsOrCountsHiddenArticles() {
        List<String> everything = Lists.slugs(ARTICLES);
        assertThat(everything).contains(published.slug).doesNotContainAnyElementsOf(slugs(hidden));
        assertThat(Lists.values(ARTICLES, "status")).containsOnly("published");

        list("tag", tag)
                .body("data.slug", contains(published.slug))
                .body("meta.totalItems", equalTo(1))
                .body("meta.totalPages", equalTo(1))
                .body("meta.nextCursor", nullValue());
    }

    @Test
    void countsOnlyPublishedArticlesInTheWholeList() {
        long before = total(given());
        fixtures.article().status(ArticleStatus.DRAFT).tags(tag).create();
        fixtures.article().status(ArticleStatus.SCHEDULED).publishedAt(Instant.now().plus(1, ChronoUnit.DAYS)).create();
        fixtures.article().status(ArticleStatus.ARCHIVED).publishedAt(Instant.now()).create();
        assertThat(total(given())).isEqualTo(before);

        fixtures.article().status(ArticleStatus.PUBLISHED).publishedAt(Instant.parse("2016-03-01T00:00:00Z")).create();
        assertThat(total(given())).isEqualTo(before + 1);
    }

    // Every filter

    @Test
    void filtersNeverFindHiddenArticles() {
        list("author", hiddenOnlyAuthor.slug).body("data", empty()).body("meta.totalItems", equalTo(0));
        list("author", author.slug).body("data.slug", contains(published.slug)).body("meta.totalItems", equalTo(1));
        list("author", author.slug, "author", hiddenOnlyAuthor.slug)
                .body("data.slug", contains(published.slug)).body("meta.totalItems", equalTo(1));
        list("person", hiddenSubject.slug).body("data", empty()).body("meta.totalItems", equalTo(0));
        list("person", hiddenOnlyAuthor.slug).body("data", empty()).body("meta.totalItems", equalTo(0));
        list("person", subject.slug).body("data.slug", contains(published.slug)).body("meta.totalItems", equalTo(1));
        list("film", hiddenFilm.slug).body("data", empty()).body("meta.totalItems", equalTo(0));
        list("film", film.slug).body("data.slug", contains(published.slug)).body("meta.totalItems", equalTo(1));
        list("tag", hiddenTag).body("data", empty()).body("meta.totalItems", equalTo(0));
        list("tag", tag, "language", "es").body("data", empty()).body("meta.totalItems", equalTo(0));
        list("tag", tag, "language", "en", "language", "es")
                .body("data.slug", contains(published.slug)).body("meta.totalItems", equalTo(1));
        // windows around each hidden article's date, the scheduled one in the past included
        list("tag", tag, "publishedAfter", "2016-03-10T12:00:00.000001Z")
                .body("data", empty()).body("meta.totalItems", equalTo(0));
        list("tag", tag, "publishedBefore", "2016-03-10T12:00:00Z")
                .body("data", empty()).body("meta.totalItems", equalTo(0));
        list("tag", tag, "publishedAfter", "2016-03-09", "publishedBefore", "2016-03-11")
                .body("data.slug", contains(published.slug)).body("meta.totalItems", equalTo(1));
        list("author", hiddenOnlyAuthor.slug, "publishedAfter", Instant.now().toString())
                .body("data", empty()).body("meta.totalItems", equalTo(0));
    }

    // Every sort, and cursors

    @ParameterizedTest
    @ValueSource(strings = { "publishedAt", "-publishedAt", "title", "-title", "updatedAt", "-updatedAt" })
    void sortsNeverBringInHiddenArticles(String sort) {
        list("tag", tag, "sort", sort)
                .body("data.slug", contains(published.slug))
                .body("meta.totalItems", equalTo(1));
        list("tag", tag, "sort", sort, "size", "1")
                .body("data.slug", contains(published.slug))
                .body("meta.nextCursor", nullValue())
                .header("Link", not(containsString("rel=\"next\"")));
        list("tag", hiddenTag, "sort", sort)
                .body("data", empty())
                .body("meta.totalItems", equalTo(0));
    }

    @Test
    void cursorsNeverStepOntoHiddenArticles() {
        String ownTag = Fixtures.unique("cursor-private");
        Person by = fixtures.person("Cursor Author", "Author, Cursor");
        Person about = fixtures.person("Cursor Hidden Subject", "Subject, Cursor Hidden");
        Article first = fixtures.article().status(ArticleStatus.PUBLISHED).title("Zz Cursor B")
                .publishedAt(Instant.parse("2016-04-01T00:00:00Z")).author(by).tags(ownTag).create();
        HiddenArticles hide = new HiddenArticles(by, about, List.of(), List.of(ownTag));
        // between the two public ones and around them, in every sort order
        hide.article(ArticleStatus.DRAFT, Instant.parse("2016-04-02T00:00:00Z"), by, "Zz Cursor A");
        hide.article(ArticleStatus.DRAFT, Instant.parse("2016-04-03T00:00:00Z"), by, "Zz Cursor C");
        Article second = fixtures.article().status(ArticleStatus.PUBLISHED).title("Zz Cursor D")
                .publishedAt(Instant.parse("2016-04-04T00:00:00Z")).author(by).tags(ownTag).create();
        hide.article(ArticleStatus.ARCHIVED, Instant.parse("2016-04-05T00:00:00Z"), by, "Zz Cursor E");
        hide.article(ArticleStatus.DRAFT, null, by, "Zz Cursor F");

        for (String sort : ARTICLE_SORTS) {
            List<String> walked = new ArrayList<>();
            String cursor = null;
            do {
                RequestSpecification request = given().queryParam("tag", ownTag).queryParam("sort", sort)
                        .queryParam("size", 1);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page = request.get(ARTICLES).then().statusCode(200)
                        .body("meta.totalItems", equalTo(2))
                        .extract().jsonPath();
                walked.addAll(page.getList("data.slug"));
                cursor = page.getString("meta.nextCursor");
                assertThat(walked).as("sort=" + sort).hasSizeLessThanOrEqualTo(2);
            } while (cursor != null);
            assertThat(walked).as("sort=" + sort).containsExactlyInAnyOrder(first.slug, second.slug);
        }
    }

    // Include

    @Test
    void includesNothingFromHiddenArticles() {
        list("tag", tag, "include", "author,people,films")
                .body("data.slug", contains(published.slug))
                .body("included.people.slug", contains(author.slug, subject.slug))
                .body("included.films.slug", contains(film.slug));
        given().queryParam("include", "author,people,films").get(ARTICLES + "/" + published.slug).then()
                .statusCode(200)
                .body("included.people.slug", contains(author.slug, subject.slug))
                .body("included.films.slug", contains(film.slug));
        given().queryParam("include", "author,people,films").get("/api/v1/people/" + author.slug + "/articles").then()
                .statusCode(200)
                .body("data.slug", contains(published.slug))
                .body("included.people.slug", contains(author.slug, subject.slug))
                .body("included.films.slug", contains(film.slug));

        List<String> includedPeople = new ArrayList<>();
        List<String> includedFilms = new ArrayList<>();
        for (JsonPath page : Lists.pages(ARTICLES, "include", "author,people,films")) {
            includedPeople.addAll(page.getList("included.people.slug"));
            includedFilms.addAll(page.getList("included.films.slug"));
        }
        assertThat(includedPeople).contains(author.slug, subject.slug)
                .doesNotContain(hiddenOnlyAuthor.slug, hiddenSubject.slug);
        assertThat(includedFilms).contains(film.slug).doesNotContain(hiddenFilm.slug);
    }

    // The person sub-resources and the other items

    @Test
    void aPersonsArticlesShowOnlyTheirPublishedOnes() {
        given().get("/api/v1/people/" + hiddenOnlyAuthor.slug + "/articles").then()
                .statusCode(200)
                .body("data", empty())
                .body("meta.totalItems", equalTo(0))
                .body("meta.totalPages", equalTo(0))
                .body("meta.nextCursor", nullValue());
        for (String sort : ARTICLE_SORTS) {
            given().queryParam("sort", sort).queryParam("size", 1)
                    .get("/api/v1/people/" + author.slug + "/articles").then()
                    .statusCode(200)
                    .body("data.slug", contains(published.slug))
                    .body("meta.totalItems", equalTo(1))
                    .body("meta.nextCursor", nullValue());
        }
    }

    @Test
    void peopleAndFilmsShowNothingOfHiddenArticles() {
        for (String path : List.of("/api/v1/people/" + hiddenOnlyAuthor.slug,
                "/api/v1/people/" + hiddenSubject.slug + "?include=credits.film",
                "/api/v1/people/" + hiddenOnlyAuthor.slug + "/films",
                "/api/v1/films/" + hiddenFilm.slug + "?include=credits.person",
                "/api/v1/films?sort=title&size=100&include=credits.person",
                "/api/v1/people?size=100&include=credits.film")) {
            String body = given().get(path).then().statusCode(200).extract().asString();
            for (Article article : hidden) {
                assertThat(body).as(path).doesNotContain(article.slug, article.title);
            }
        }
    }

    @Test
    void answers404ForEachHiddenArticleAndItsComments() {
        for (Article article : hidden) {
            Comment approved = fixtures.comment(article, null, CommentStatus.APPROVED, "On a hidden article");
            for (String path : List.of(ARTICLES + "/" + article.slug, ARTICLES + "/" + article.slug + "?include=author",
                    ARTICLES + "/" + article.slug + "/comments", "/api/v1/comments/" + approved.id)) {
                given().get(path).then()
                        .statusCode(404)
                        .header("Content-Type", startsWith("application/problem+json"))
                        .body("type", equalTo("/problems/not-found"));
            }
        }
    }

    // Comments

    @Test
    void threadsListAndCountApprovedCommentsOnly() {
        Article discussed = discussed();
        Comment approved = fixtures.comment(discussed, null, CommentStatus.APPROVED, "Approved root");
        Comment approvedReply = fixtures.comment(discussed, approved, CommentStatus.APPROVED, "Approved reply");
        List<Comment> unapproved = new ArrayList<>();
        for (CommentStatus status : List.of(CommentStatus.PENDING, CommentStatus.REJECTED, CommentStatus.SPAM)) {
            Comment root = fixtures.comment(discussed, null, status, "Hidden " + status + " root", "note " + status);
            unapproved.add(root);
            unapproved.add(fixtures.comment(discussed, approved, status, "Hidden " + status + " reply",
                    "note " + status));
            unapproved.add(fixtures.comment(discussed, approvedReply, status, "Hidden " + status + " deep reply",
                    "note " + status));
            fixtures.comment(discussed, root, CommentStatus.APPROVED, "Approved reply under " + status);
        }
        String threads = ARTICLES + "/" + discussed.slug + "/comments";

        for (String sort : List.of("createdAt", "-createdAt")) {
            String body = given().queryParam("sort", sort).get(threads).then()
                    .statusCode(200)
                    .body("data.id", contains(approved.id.intValue()))
                    .body("data[0].replies.id", contains(approvedReply.id.intValue()))
                    .body("data[0].replies[0].replies", empty())
                    .body("meta.totalItems", equalTo(1))
                    .body("meta.totalPages", equalTo(1))
                    .extract().asString();
            assertThat(body).doesNotContain("Hidden ", "Approved reply under", "note ", "@example.org",
                    "authorEmail", "moderationNote", "status");
            for (Comment comment : unapproved) {
                assertThat(body).doesNotContain("\"id\":" + comment.id + ",", "/comments/" + comment.id + "\"");
            }
        }
        given().queryParam("size", 1).get(threads).then()
                .statusCode(200)
                .body("data.id", contains(approved.id.intValue()))
                .body("meta.nextCursor", nullValue())
                .header("Link", not(containsString("rel=\"next\"")));
        given().queryParam("size", 1).queryParam("page", 2).get(threads).then()
                .statusCode(200)
                .body("data", empty())
                .body("meta.totalItems", equalTo(1));
    }

    @Test
    void answers404ForEachUnapprovedCommentById() {
        Article discussed = discussed();
        Comment approved = fixtures.comment(discussed, null, CommentStatus.APPROVED, "Public");
        for (CommentStatus status : List.of(CommentStatus.PENDING, CommentStatus.REJECTED, CommentStatus.SPAM)) {
            Comment root = fixtures.comment(discussed, null, status, "Hidden root", "note");
            Comment reply = fixtures.comment(discussed, approved, status, "Hidden reply", "note");
            for (Comment comment : List.of(root, reply)) {
                given().get("/api/v1/comments/" + comment.id).then()
                        .statusCode(404)
                        .header("Content-Type", startsWith("application/problem+json"))
                        .body("detail", equalTo("No public comment has the id " + comment.id + "."));
            }
        }
        String body = given().get("/api/v1/comments/" + approved.id).then()
                .statusCode(200)
                .body("data.replies", empty())
                .extract().asString();
        assertThat(body).doesNotContain("Hidden", "note", "@example.org", "authorEmail", "moderationNote");
    }

    /**
     * Threads hide an approved reply under a comment that is not approved, with all its subtree; by id it stays
     * hidden too, or the hidden parent would surface through it (its id as parentId).
     */
    @Test
    void answers404ForAnApprovedReplyUnderAnUnapprovedComment() {
        Article discussed = discussed();
        for (CommentStatus status : List.of(CommentStatus.PENDING, CommentStatus.REJECTED, CommentStatus.SPAM)) {
            Comment root = fixtures.comment(discussed, null, status, "Hidden root");
            Comment reply = fixtures.comment(discussed, root, CommentStatus.APPROVED, "Approved under hidden");
            given().get("/api/v1/comments/" + reply.id).then()
                    .statusCode(404)
                    .body("detail", equalTo("No public comment has the id " + reply.id + "."));
        }
    }

    // Private fields as oracles

    /**
     * Nothing private can be asked about, so that no answer or count tells it: the public cannot filter by an
     * article's status (401: editors only) nor sort by it, nor filter or sort threads by a comment's status, email or
     * moderation note (400); and words that only hidden articles contain find and count nothing, in a list's {@code q}
     * and in the search, by prefix too.
     */
    @Test
    void answersNoQuestionAboutPrivateFields() {
        given().queryParam("status", "draft").get(ARTICLES).then().statusCode(401);
        for (String sort : List.of("status", "-status", "version", "createdAt", "author")) {
            given().queryParam("sort", sort).get(ARTICLES).then()
                    .statusCode(400).body("errors[0].parameter", equalTo("sort"));
        }
        String threads = ARTICLES + "/" + discussed().slug + "/comments";
        for (String query : List.of("sort=authorEmail", "sort=status", "sort=moderationNote", "status=pending",
                "authorEmail=reader@example.org", "moderationNote=spam", "fields=authorEmail")) {
            given().urlEncodingEnabled(false).get(threads + "?" + query).then()
                    .statusCode(400).body("type", equalTo("/problems/invalid-parameter"));
        }
        given().queryParam("fields", "title,moderationNote").get(ARTICLES).then().statusCode(400);

        StringBuilder word = new StringBuilder("qx");
        Fixtures.unique("w").chars().filter(Character::isDigit).forEach(digit -> word.append((char) ('a' + digit - '0')));
        for (ArticleStatus status : List.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.ARCHIVED)) {
            fixtures.article().status(status).language("en").title("Zz Hidden " + word)
                    .publishedAt(status == ArticleStatus.SCHEDULED ? Instant.now().plus(1, ChronoUnit.DAYS) : null)
                    .create();
        }
        for (String q : List.of(word.toString(), word.substring(0, word.length() - 1), "Zz Hidden " + word)) {
            list("q", q).body("data", empty()).body("meta.totalItems", equalTo(0));
            given().queryParam("q", q).get("/api/v1/search").then()
                    .statusCode(200).body("data", empty()).body("meta.totalItems", equalTo(0));
            given().queryParam("q", q).queryParam("type", "article").get("/api/v1/search").then()
                    .statusCode(200).body("data", empty()).body("meta.totalItems", equalTo(0));
        }
    }

    // helpers

    private static List<Person> distinct(Person... people) {
        List<Person> distinct = new ArrayList<>();
        for (Person person : people) {
            if (distinct.stream().noneMatch(known -> known.id.equals(person.id))) {
                distinct.add(person);
            }
        }
        return distinct;
    }

    /** A published article of its own, for a test that writes comments. */
    private Article discussed() {
        return fixtures.article().status(ArticleStatus.PUBLISHED).title("Zz Discussed")
                .publishedAt(Instant.parse("2016-05-01T00:00:00Z")).create();
    }

    private static List<String> slugs(List<Article> articles) {
        return articles.stream().map(article -> article.slug).toList();
    }

    private static long total(RequestSpecification request) {
        return request.get(ARTICLES).then().statusCode(200).extract().jsonPath().getLong("meta.totalItems");
    }

    /** GET /articles with these parameters, names and values in turn; a 200 with only published articles. */
    private static ValidatableResponse list(String... parameters) {
        RequestSpecification request = given();
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get(ARTICLES).then()
                .statusCode(200)
                .body("data.status", everyItem(equalTo("published")));
    }
}
