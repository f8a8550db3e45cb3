package dev.contentapi.person;

import static dev.contentapi.support.Problems.assertInvalidParameters;
import static dev.contentapi.support.Problems.assertOneInvalidParameter;
import static dev.contentapi.support.Problems.getRaw;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.contentapi.film.CreditKind;
import dev.contentapi.film.Film;
import dev.contentapi.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The people list filter {@code role}: several values match anyone with any of them; the filtered list sorts, pages
 * and counts like any other. Every test makes its own roles, so the filter isolates its people from the seed and from
 * other tests.
 */
@QuarkusTest
class PersonFiltersTest {

    private static final String PEOPLE = "/api/v1/people";
    private static final String WORDS = "must be words of letters and digits, up to 50 characters";
    private static final String EMPTY = "must not be empty";

    @Inject
    Fixtures fixtures;

    @Test
    void filtersByRole() {
        String astronaut = Fixtures.unique("astronaut");
        String engineer = Fixtures.unique("engineer");
        Person pilot = fixtures.person("Role Pilot", "Role, Pilot", List.of(astronaut));
        fixtures.person("Role Builder", "Role, Builder", List.of(engineer));
        fixtures.person("Role Nobody", "Role, Nobody", List.of());

        list("role", astronaut)
                .body("data.slug", contains(pilot.slug))
                .body("data[0].roles", contains(astronaut))
                .body("meta.totalItems", equalTo(1))
                .body("meta.totalPages", equalTo(1));
    }

    @Test
    void matchesAnyOfSeveralRolesAndShowsEachPersonOnce() {
        String director = Fixtures.unique("director");
        String writer = Fixtures.unique("writer");
        String actor = Fixtures.unique("actor");
        Person directs = fixtures.person("Only Directs", "Or, Directs", List.of(director));
        Person both = fixtures.person("Directs And Writes", "Or, Both", List.of(writer, director));
        Person writes = fixtures.person("Only Writes", "Or, Writes", List.of(writer));
        fixtures.person("Only Acts", "Or, Acts", List.of(actor));

        list("role", director)
                .body("data.slug", contains(both.slug, directs.slug))
                .body("meta.totalItems", equalTo(2));
        list("role", director, "role", director)
                .body("meta.totalItems", equalTo(2));
        list("role", director, "role", writer)
                .body("data.slug", contains(both.slug, directs.slug, writes.slug))
                .body("meta.totalItems", equalTo(3));
    }

    @Test
    void matchesRolesWithSpacesAndAccentsExactly() {
        String role = "directora de fotografía " + Fixtures.unique("r").substring(2);
        Person camera = fixtures.person("Camera Person", "Person, Camera", List.of(role));

        list("role", role)
                .body("data.slug", contains(camera.slug))
                .body("data[0].roles", contains(role));
    }

    @Test
    void answersAnEmptyListForARoleNobodyHas() {
        list("role", Fixtures.unique("astrologer"))
                .body("data", empty())
                .body("meta.totalItems", equalTo(0))
                .body("meta.totalPages", equalTo(0))
                .body("meta.nextCursor", nullValue());
    }

    @Test
    void sortsAndPagesTheFilteredListAndCountsOnlyIt() {
        String role = Fixtures.unique("paged");
        Person c = fixtures.person("C Paged", "Zz Paged, C", List.of(role));
        Person a = fixtures.person("A Paged", "Zz Paged, A", List.of(role));
        Person e = fixtures.person("E Paged", "Zz Paged, E", List.of(role));
        Person b = fixtures.person("B Paged", "Zz Paged, B", List.of(role));
        Person d = fixtures.person("D Paged", "Zz Paged, D", List.of(role));

        ValidatableResponse second = list("role", role, "size", "2", "page", "2")
                .body("data.slug", contains(c.slug, d.slug))
                .body("meta.page", equalTo(2))
                .body("meta.totalItems", equalTo(5))
                .body("meta.totalPages", equalTo(3));
        String link = second.extract().header("Link");
        assertThat(link).contains("role=" + role + "&size=2&page=3>; rel=\"next\"")
                .contains("role=" + role + "&size=2&page=3>; rel=\"last\"")
                .contains("role=" + role + "&size=2&page=1>; rel=\"prev\"");

        list("role", role, "sort", "-name", "size", "2", "page", "1")
                .body("data.slug", contains(e.slug, d.slug));
        list("role", role, "sort", "-name", "size", "2", "page", "3")
                .body("data.slug", contains(a.slug))
                .header("Link", containsString("rel=\"prev\""));
        list("role", role, "sort", "updatedAt")
                .body("data.slug", contains(c.slug, a.slug, e.slug, b.slug, d.slug));
    }

    @Test
    void pagesTheFilteredListByCursorWithoutSkippingOrRepeating() {
        String role = Fixtures.unique("cursor");
        List<Person> people = new ArrayList<>();
        for (String name : List.of("C", "A", "B")) {
            people.add(fixtures.person(name + " Cursor", "Zz Cursor, " + name, List.of(role)));
        }

        List<String> walked = new ArrayList<>();
        String cursor = null;
        String first = null;
        do {
            RequestSpecification request = given().queryParam("role", role).queryParam("size", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(PEOPLE).then().statusCode(200)
                    .body("meta.totalItems", equalTo(3))
                    .extract().jsonPath();
            walked.addAll(page.getList("data.slug"));
            cursor = page.getString("meta.nextCursor");
            first = first == null ? cursor : first;
            assertThat(walked).hasSizeLessThanOrEqualTo(3);
        } while (cursor != null);
        assertThat(walked).containsExactly(people.get(1).slug, people.get(2).slug, people.get(0).slug);

        assertOneInvalidParameter(PEOPLE, "role=" + Fixtures.unique("other") + "&size=1&cursor=" + first, "cursor",
                "was made for other filters; ask with the same filters, or start again without a cursor");
        assertOneInvalidParameter(PEOPLE, "size=1&cursor=" + first, "cursor",
                "was made for other filters; ask with the same filters, or start again without a cursor");
    }

    @Test
    void includesTheFilmsOfTheFilteredPeopleOnly() {
        String role = Fixtures.unique("included");
        Person listed = fixtures.person("Listed Person", "Included, Listed", List.of(role));
        Person other = fixtures.person("Other Person", "Included, Other", List.of(Fixtures.unique("excluded")));
        Film theirs = fixtures.film("Zz Included Film", LocalDate.of(2005, 5, 5));
        Film notTheirs = fixtures.film("Zz Excluded Film", LocalDate.of(2006, 6, 6));
        fixtures.credit(theirs, listed, CreditKind.WRITER, null, 1);
        fixtures.credit(notTheirs, other, CreditKind.DIRECTOR, null, 1);

        list("role", role, "include", "credits.film")
                .body("data.slug", contains(listed.slug))
                .body("data[0].credits.film.slug", contains(theirs.slug))
                .body("included.films.slug", contains(theirs.slug));
    }

    // 400: every broken rule names its parameter

    static Stream<Arguments> invalidRoles() {
        return Stream.of(
                Arguments.of("role=%3Cscript%3E", WORDS),
                Arguments.of("role=director%3B", WORDS),
                Arguments.of("role=director,actor", WORDS),
                Arguments.of("role=-director", WORDS),
                Arguments.of("role=%20director", WORDS),
                Arguments.of("role=dir%00ector", WORDS),
                Arguments.of("role=actor&role=%2A", WORDS),
                Arguments.of("role=" + "r".repeat(51), WORDS),
                Arguments.of("role=", EMPTY),
                Arguments.of("role=actor&role=", EMPTY),
                Arguments.of(String.join("&", Collections.nCopies(21, "role=actor")),
                        "takes at most 20 values, but was given 21"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRoles")
    void returns400ProblemNamingTheRoleParameter(String query, String detail) {
        assertOneInvalidParameter(PEOPLE, query, "role", detail);
    }

    @Test
    void accepts20RolesOfUpTo50Characters() {
        getRaw(PEOPLE, String.join("&", Collections.nCopies(20, "role=" + "r".repeat(50))))
                .statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .body("data", empty());
    }

    @Test
    void reportsAnInvalidRoleAndInvalidListParametersAtOnce() {
        assertInvalidParameters(PEOPLE, "role=%3Cb%3E&page=0&sort=nope&include=articles", "role", "page", "sort",
                "include")
                .body("errors.find { it.parameter == 'role' }.detail", equalTo(WORDS));
    }

    /** GET /people with these parameters, names and values in turn; a 200. */
    private static ValidatableResponse list(String... parameters) {
        RequestSpecification request = given();
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get(PEOPLE).then().statusCode(200).header("Content-Type", startsWith("application/json"));
    }
}
