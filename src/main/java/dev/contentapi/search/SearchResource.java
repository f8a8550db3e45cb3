package dev.contentapi.search;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.contentapi.common.Api;
import dev.contentapi.common.openapi.Examples;
import dev.contentapi.common.paging.PagedResponses;
import dev.contentapi.common.query.PageParameters;

@PermitAll
@Path(SearchResource.PATH)
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final String PATH = Api.V1 + "/search";

    private static final String DESCRIPTION = """
            One ranked search across published articles, people and films, by PostgreSQL full-text search.

            - **Syntax**: words, all of which must match; `"quoted phrase"` for words in that order; `or` between \
            alternatives; `-word` to leave out what has that word.
            - **Languages**: an article's words are stemmed in its own language (English or Spanish), so `astronaut` \
            finds "astronauts" and `pelicula` finds "películas"; films are stemmed in English; people's names and bios \
            are not stemmed.
            - **Accents** never matter: `jose hernandez` finds José Hernández.
            - **Names and titles** also match by prefix and small typos (`hernan`, `marquez abela`), when `q` is plain \
            words without quotes, `or` or `-`.
            - **Rank**: a word in a title or name counts more than one in a summary, dek, short bio or synopsis, which \
            counts more than one in a body, long bio or genre. Hits come best first, ties by type.
            - **Snippets** are HTML: the text is escaped and the matching words are in `<mark>` elements, the only \
            element there is, so a client may insert them as they are. Titles are plain text.

            Drafts, scheduled and archived articles are never searched nor counted.""";

    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Search articles, people and films", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of hits, best first.", headers = @Header(name = "Link", description = PagedResponses.LINK_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class), examples = @ExampleObject(name = "search", value = Examples.SEARCH_PAGE)))
    public RestResponse<SearchPage> search(
            @QueryParam(SearchQuery.PARAMETER) @Parameter(description = "What to search for, in web-search syntax: "
                    + "words, `\"quoted phrases\"`, `or`, `-word`. 1 to 200 characters, not counting spaces at either end.", required = true, example = "jose hernandez", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = SearchQuery.MAX_LENGTH)) String q,
            @QueryParam(SearchType.PARAMETER) @Parameter(description = "Only hits of this type; repeat it for several "
                    + "(`type=article&type=film`). Every type when absent.", example = "[\"article\", \"person\", \"film\"]", explode = Explode.TRUE, schema = @Schema(type = SchemaType.ARRAY, implementation = SearchType.class)) List<String> type,
            @BeanParam PageParameters paging,
            @Context UriInfo uri) {
        SearchPage page = search.search(SearchQuery.of(q, type, paging));
        return PagedResponses.ok(page, page.meta(), uri);
    }
}
