package dev.contentapi.change;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

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
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.contentapi.common.Api;
import dev.contentapi.common.error.ProblemResponses;
import dev.contentapi.common.error.ProblemType;
import dev.contentapi.common.openapi.Examples;
import dev.contentapi.common.paging.PageRequest;
import dev.contentapi.common.query.ParameterErrors;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

@PermitAll
@Path(ChangeResource.PATH)
@Tag(name = "Changes")
public class ChangeResource {

    static final String PATH = Api.V1 + "/changes";
    static final String LAST_EVENT_ID = "Last-Event-ID";

    private static final String WHO = """
            **Who sees what.** Without a token: the changes the public can see, those of items that were public \
            before the change or are after it. A draft's edits never show; its publication does; and when a public \
            item stops being public (unpublished, archived, a comment rejected) or is deleted, the public gets a \
            tombstone (`tombstone: true`, no `self`). Editors also see every change of articles, people and films \
            (drafts included), moderators every change of comments (new pending ones included), admins all. \
            Comments and replies have no events of their own when their article or parent comes or goes: the event \
            of the article or parent stands for them.""";
    private static final String AFTER = "Where to start: the `cursor` of the last change you have (or a page's "
            + "`meta.nextCursor`). `latest` stands for now: nothing before it. Absent: the oldest change kept. A cursor "
            + "older than the retention (30 days unless configured) is a 410.";
    private static final String TYPES = "Only changes of these types, comma-separated (`types=article,film`) or "
            + "repeated. Every type when absent.";

    private final ChangeFeed feed;
    private final ChangeStream stream;
    private final SecurityIdentity identity;

    ChangeResource(ChangeFeed feed, ChangeStream stream, SecurityIdentity identity) {
        this.feed = feed;
        this.stream = stream;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read what changed after a cursor", description = """
            The change feed: every create, update, publish, schedule, unpublish, archive and delete of articles, \
            people and films, and every comment submitted, moderated or deleted, in the order they were committed, \
            deletions included (as tombstones). Resuming from any cursor never repeats nor misses a change, however \
            many writes run meanwhile. Poll it with the last `meta.nextCursor` (at the end of the feed it stands for \
            everything so far), or follow the same changes live on `/api/v1/changes/stream`.

            """ + WHO + """


            **Resynchronising.** Changes are kept for a while (30 days unless configured). A cursor older than that \
            is a 410 `changes-expired` problem: take a new cursor with `after=latest`, read the lists again, then \
            follow the changes after that cursor.""")
    @APIResponse(responseCode = "200", description = "Changes after the cursor, oldest first.", headers = @Header(name = "Link", description = "RFC 8288 link to the changes after this page (`rel=\"next\"`).", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class), examples = @ExampleObject(name = "changes", value = Examples.CHANGE_PAGE)))
    @APIResponse(responseCode = "410", ref = "ChangesExpired")
    public RestResponse<ChangePage> listChanges(
            @QueryParam(ChangeFeed.AFTER) @Parameter(description = AFTER, example = ChangeFeed.LATEST, schema = @Schema(type = SchemaType.STRING)) String after,
            @QueryParam(ChangeType.PARAMETER) @Parameter(description = TYPES, explode = Explode.TRUE, example = "[\"article\",\"film\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) List<String> types,
            @QueryParam("size") @Parameter(description = "Changes per page.", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String size,
            @Context UriInfo uri) {
        ParameterErrors errors = new ParameterErrors();
        ChangeFeed.Start start = errors.check(() -> feed.start(after, ChangeFeed.AFTER));
        Set<ChangeType> kinds = errors.check(() -> ChangeType.parse(types));
        Integer pageSize = errors.check(() -> PageRequest.size(size));
        errors.throwIfAny();
        ChangePage page = feed.page(Audience.of(identity), kinds, start, pageSize);
        URI next = uri.getRequestUriBuilder().replaceQueryParam(ChangeFeed.AFTER, page.meta().nextCursor()).build();
        return RestResponse.ResponseBuilder.ok(page)
                .header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"").build();
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = "no-store")
    @Operation(summary = "Follow the changes live", description = """
            The changes of `/api/v1/changes` as Server-Sent Events, live: each event's `data` is one change (JSON), \
            and its `id` is the change's cursor. A client that reconnects sends the last id as `Last-Event-ID` \
            (browsers' `EventSource` does so by itself) and gets exactly the changes it missed, then the live ones; \
            `Last-Event-ID` wins over `after`. Without either, the stream starts with the changes committed from \
            now on. The stream carries changes made through any replica of the API.

            A comment line (`:heartbeat`) comes every 15 seconds unless configured, so that proxies keep the \
            connection; the answer is never cached (`Cache-Control: no-store`). Each replica serves a bounded number \
            of streams: past it the answer is a 503 problem with `Retry-After`. A client too slow to read the \
            changes as they come loses its stream, and resumes with `Last-Event-ID`.

            """ + WHO)
    @APIResponse(responseCode = "200", description = "An endless stream of changes, oldest first.", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING, description = "Server-Sent Events: `id` the cursor, `data` a ChangeEvent as JSON; lines starting with `:` are comments."), examples = @ExampleObject(name = "stream", value = Examples.CHANGE_STREAM)))
    @APIResponse(responseCode = "410", ref = "ChangesExpired")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Multi<OutboundSseEvent> streamChanges(
            @QueryParam(ChangeFeed.AFTER) @Parameter(description = AFTER
                    + " Absent (and without `Last-Event-ID`): from now on.", example = ChangeFeed.LATEST, schema = @Schema(type = SchemaType.STRING)) String after,
            @QueryParam(ChangeType.PARAMETER) @Parameter(description = TYPES, explode = Explode.TRUE, example = "[\"article\",\"film\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) List<String> types,
            @HeaderParam(LAST_EVENT_ID) @Parameter(description = "The `id` of the last event received, sent by "
                    + "`EventSource` when it reconnects: the stream goes on after it.", schema = @Schema(type = SchemaType.STRING)) String lastEventId,
            @Context Sse sse) {
        ParameterErrors errors = new ParameterErrors();
        ChangeFeed.Start start = errors.check(() -> lastEventId != null ? feed.start(lastEventId, LAST_EVENT_ID)
                : feed.start(after, ChangeFeed.AFTER));
        Set<ChangeType> kinds = errors.check(() -> ChangeType.parse(types));
        errors.throwIfAny();
        long position = feed.streamPosition(start);
        return stream.open(Audience.of(identity), kinds, position, sse);
    }

    @ServerExceptionMapper
    public Response busy(ChangeStream.BusyException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, e.getMessage(), uri.getPath())
                .header(HttpHeaders.RETRY_AFTER, ChangeStream.RETRY.toSeconds())
                .build();
    }
}
