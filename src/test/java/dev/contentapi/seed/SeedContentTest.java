package dev.contentapi.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInRelativeOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dev.contentapi.support.Lists;
import io.quarkus.test.junit.QuarkusTest;

/** The first content, loaded by a migration: the page in shared/seed, served faithfully and with nothing invented. */
@QuarkusTest
class SeedContentTest {

    static final String ARTICLE = "amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut";

    @Test
    void servesTheWholeArticle() {
        given().get("/api/v1/articles/" + ARTICLE).then()
                .statusCode(200)
                .body("data.title",
                        equalTo("Amazon’s ‘A Million Miles Away’: How the Son of Migrant Farm Workers Became an Astronaut"))
                .body("data.publishedAt", equalTo("2023-09-16T00:00:00Z"))
                .body("data.status", equalTo("published"))
                .body("data.language", equalTo("en"))
                .body("data.summary", equalTo(
                        "A Million Miles Away launched Sept. 15 on Amazon Prime Video, telling the true story of NASA astronaut José Hernández."))
                .body("data.author.slug", equalTo("kate-ohare"))
                .body("data.author.name", equalTo("Kate O'Hare"))
                .body("data.heroImage.url", nullValue())
                .body("data.heroImage.alt", equalTo("A man in a NASA astronaut's uniform"))
                .body("data.heroImage.caption", equalTo("Michael Peña as astronaut José Hernández in ‘A Million Miles Away’"))
                .body("data.heroImage.credit", equalTo("Amazon Studios"))
                .body("data.films.slug", contains("a-million-miles-away"))
                .body("data.people.name", contains("José Hernández", "Alejandra Márquez Abella", "Michael Peña", "Adela"))
                .body("data.body", startsWith("A Million Miles Away launched Sept. 15 on Amazon Prime Video"))
                .body("data.body", containsString("\n\n## Who Is José Hernández?\n\n"))
                .body("data.body", containsString("\n\n## More Than “Just” an Astronaut\n\n"))
                .body("data.body", containsString("\n\n## Talking to Hernández and Director Alejandra Márquez Abella\n\n"))
                .body("data.body",
                        containsString("\n\n> Inspired by the real-life story of NASA flight engineer José Hernández,"))
                .body("data.body", containsString(
                        "> Today, José works as a consultant within the company he founded in 2012, Tierra Luna Engineering, LLC."))
                .body("data.body", containsString(
                        "> The scheduled launch date is October 2019 aboard a Falcon 9 rocket as part of a Nanoracks payload."))
                .body("data.body", containsString(
                        "He joked in a podcast that “I have 5 kids, like a good Catholic.” His chase courtship with wife Adela is also part of the story."))
                .body("data.body", containsString("Check out the interview video here:"))
                .body("data.body", containsString("Image: Michael Peña in ‘A Million Miles Away’/Amazon Studios"));
    }

    @Test
    void servesTheFilmAndItsCredits() {
        given().get("/api/v1/films/a-million-miles-away").then()
                .statusCode(200)
                .body("data.title", equalTo("A Million Miles Away"))
                .body("data.releaseDate", equalTo("2023-09-15"))
                .body("data.platform", equalTo("Amazon Prime Video"))
                .body("data.studio", equalTo("Amazon Studios"))
                .body("data.filmingCountries", contains("Mexico"))
                .body("data.runtimeMinutes", nullValue())
                .body("data.genres", empty())
                .body("data.synopsis", startsWith("Inspired by the real-life story of NASA flight engineer José Hernández"))
                .body("data.synopsis", containsString("José’s drive & determination culminates"))
                .body("data.credits.kind", contains("director", "cast", "subject", "subject"))
                .body("data.credits.person.name",
                        contains("Alejandra Márquez Abella", "Michael Peña", "José Hernández", "Adela"))
                .body("data.credits[1].characterName", equalTo("José Hernández"));
    }

    @Test
    void servesThePeopleWithTheirAccentsAndNothingInvented() {
        given().get("/api/v1/people/jose-hernandez").then()
                .statusCode(200)
                .body("data.name", equalTo("José Hernández"))
                .body("data.sortName", equalTo("Hernández, José"))
                .body("data.birthplace", nullValue())
                .body("data.roles", hasItems("astronaut", "engineer"))
                .body("data.affiliations.organisation", hasItems("NASA", "Tierra Luna Engineering, LLC",
                        "Universidad Autonoma del Estado de Puebla (UPAEP)"))
                .body("data.affiliations.find { it.organisation == 'Tierra Luna Engineering, LLC' }.fromYear", equalTo(2012))
                .body("data.links", empty())
                .body("data.credits.kind", contains("subject"))
                .body("data.credits[0].film.slug", equalTo("a-million-miles-away"));
        given().get("/api/v1/people/alejandra-marquez-abella").then()
                .statusCode(200)
                .body("data.name", equalTo("Alejandra Márquez Abella"))
                .body("data.birthplace", equalTo("Mexico"))
                .body("data.credits.kind", contains("director"));
        given().get("/api/v1/people/kate-ohare").then()
                .statusCode(200)
                .body("data.longBio", startsWith("Based in Los Angeles, Kate O'Hare is a veteran entertainment journalist"))
                .body("data.affiliations.organisation", contains("Family Theater Productions"))
                .body("data.credits", empty());
        given().get("/api/v1/people/michael-pena").then()
                .statusCode(200)
                .body("data.name", equalTo("Michael Peña"))
                .body("data.credits[0].characterName", equalTo("José Hernández"));
        given().get("/api/v1/people/adela").then()
                .statusCode(200)
                .body("data.name", equalTo("Adela"))
                .body("data.birthplace", nullValue());
        org.hamcrest.MatcherAssert.assertThat(Lists.all("/api/v1/people/kate-ohare/articles", "data.slug"),
                hasItems(ARTICLE));
    }

    @Test
    void servesTheSidebarArticlesByTheirTitlesAlone() {
        org.hamcrest.MatcherAssert.assertThat(Lists.all("/api/v1/articles?sort=title", "data.title"), hasItems(
                "‘Journey to Bethlehem’: Affirm’s Nativity Musical ...",
                "‘The Chosen’ on The CW: Broadcast ...",
                "‘Oppenheimer’: Scientists Are People, Too",
                "‘Mission: Impossible’: What’s Up With Tom ..."));
        given().get("/api/v1/articles/oppenheimer-scientists-are-people-too").then()
                .statusCode(200)
                .body("data.publishedAt", nullValue())
                .body("data.author", nullValue())
                .body("data.body", nullValue())
                .body("data.summary", nullValue());
    }

    @Test
    void servesEachReaderCommentOnTheArticleItWasLeftOn() {
        assertOnlyComment("journey-to-bethlehem-affirms-nativity-musical",
                "Yikes. Unless they go about it like Les Miserables, it's gonna be a cringe fest.");
        assertOnlyComment("the-chosen-on-the-cw-broadcast",
                "The Bible really is the richest source of content - assuming it is done properly ...");
        assertOnlyComment("oppenheimer-scientists-are-people-too",
                "“JFK was just a man. J. Robert Oppenheimer was just a man. Every leader or ...");
        assertOnlyComment("mission-impossible-whats-up-with-tom",
                "Tom also went to St. Xavier high school in Louisville Kentucky for one year. He's ...");
        given().get("/api/v1/articles/" + ARTICLE + "/comments").then()
                .statusCode(200)
                .body("data", empty())
                .body("meta.totalItems", equalTo(0));
    }

    @Test
    void listsTheSeedArticleBeforeThoseWithoutADate() {
        org.hamcrest.MatcherAssert.assertThat(Lists.all("/api/v1/articles", "data.slug"),
                containsInRelativeOrder(ARTICLE, "oppenheimer-scientists-are-people-too"));
    }

    private static void assertOnlyComment(String article, String body) {
        given().get("/api/v1/articles/" + article + "/comments").then()
                .statusCode(200)
                .body("meta.totalItems", equalTo(1))
                .body("data.body", contains(body))
                .body("data[0].authorName", nullValue())
                .body("data[0].replies", empty());
    }
}
