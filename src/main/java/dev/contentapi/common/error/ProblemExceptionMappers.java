package dev.contentapi.common.error;

import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.contentapi.common.http.MovedException;
import dev.contentapi.common.ratelimit.RateLimitedException;
import dev.contentapi.common.security.BearerTokenMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place where exceptions become HTTP answers: every error leaves as an RFC 9457 problem, and nothing about the
 * server's insides (stack traces, class names, SQL) ever leaves with it.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    /** What the HTTP layer's body stream throws past the body size limit. */
    private static final String TOO_LARGE = "Request too large";

    private final AllowedMethods allowedMethods;
    private final long retryAfterSeconds;

    ProblemExceptionMappers(AllowedMethods allowedMethods,
            @ConfigProperty(name = "content.unavailable.retry-after") Duration retryAfter) {
        this.allowedMethods = allowedMethods;
        this.retryAfterSeconds = ProblemResponses.seconds(retryAfter);
    }

    @ServerExceptionMapper
    public Response moved(MovedException e, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, query == null ? e.location() : e.location() + "?" + query)
                .build();
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.RATE_LIMITED, "Too many requests of this kind from this client; try again in "
                + e.retryAfterSeconds() + " seconds.", uri.getPath())
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .header("RateLimit-Policy", e.policy().header())
                .header("RateLimit", "\"" + e.policy().name() + "\";r=0;t=" + e.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.type(), e.getMessage(), uri.getPath(), e.errors()).build();
    }

    /**
     * No resource method matched. When the path exists for other methods (the server does not always tell, when paths
     * of two resources overlap), that is a 405.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, Request request) {
        if (!allowedMethods.forPath(uri.getPath()).isEmpty()) {
            return methodNotAllowed(request.getMethod(), uri);
        }
        return ProblemResponses.of(ProblemType.NOT_FOUND, "There is no resource at " + uri.getPath() + ".",
                uri.getPath()).build();
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, UriInfo uri, Request request) {
        return methodNotAllowed(request.getMethod(), uri);
    }

    private Response methodNotAllowed(String method, UriInfo uri) {
        Response.ResponseBuilder response = ProblemResponses.of(ProblemType.METHOD_NOT_ALLOWED,
                method + " is not supported here.", uri.getPath());
        String allow = allowedMethods.forPath(uri.getPath());
        if (!allow.isEmpty()) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.NOT_ACCEPTABLE,
                "This resource is available as application/json only.", uri.getPath()).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "This operation does not read the request's Content-Type.", uri.getPath()).build();
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthorized(Exception e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RateLimitedException limited) {
                return rateLimited(limited, uri);
            }
        }
        // a token could not be checked because the database failed: that is no verdict on the token
        Optional<Response> unavailable = unavailable(e, uri);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        return ProblemResponses.of(ProblemType.UNAUTHORIZED, e instanceof AuthenticationFailedException
                ? "The token sent is not a valid API token."
                : "This operation needs an API token.", uri.getPath())
                .header(HttpHeaders.WWW_AUTHENTICATE, BearerTokenMechanism.CHALLENGE)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "This token's role may not do this.", uri.getPath())
                .build();
    }

    /** Bean Validation of a body: one error per failing field, named by JSON pointer. */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(violation -> FieldProblem.pointer(ViolationPointers.of(violation.getPropertyPath(), 2),
                        violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::pointer))
                .toList();
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED,
                errors.size() == 1 ? "One field breaks a rule; see errors[]."
                        : errors.size() + " fields break rules; see errors[].",
                uri.getPath(), errors).build();
    }

    /** A body that is not JSON of the expected shape: a problem naming the field at fault. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return problem(UnreadableBodies.problem(e), uri);
    }

    /** Any other refusal raised by the HTTP layer keeps its status, with a generic problem body. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, uri);
        }
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, "The request could not be read.", uri.getPath())
                .status(status).build();
    }

    /**
     * A body sent without {@code Content-Length} that grew past {@code quarkus.http.limits.max-body-size} while it was
     * read: the server has already answered a bare 413 and closed the connection, so this answer is not sent; mapping it
     * keeps a client's mistake out of the error log.
     */
    @ServerExceptionMapper
    public Response unreadableStream(IOException e, UriInfo uri) {
        if (TOO_LARGE.equals(e.getMessage())) {
            return ProblemResponses.of(ProblemType.CONTENT_TOO_LARGE, "The body is larger than the server accepts.",
                    uri.getPath()).build();
        }
        return internalError(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internalError(Throwable e, UriInfo uri) {
        Optional<Response> unavailable = unavailable(e, uri);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Request to %s failed (incident %s)", uri.getPath(), incident);
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "The server failed to answer this request. Incident " + incident + " has been logged.",
                uri.getPath()).build();
    }

    /**
     * A database that is down, unreachable, out of free connections or too slow is a passing state, not a bug: a 503
     * with {@code Retry-After}, whatever layer the failure went through ({@link DatabaseFailures} reads its causes).
     */
    private Optional<Response> unavailable(Throwable e, UriInfo uri) {
        return DatabaseFailures.of(e).map(kind -> {
            boolean slow = kind == DatabaseFailures.Kind.TIMED_OUT;
            LOG.warnf("Request to %s answered 503: the database %s (%s)", uri.getPath(),
                    slow ? "took too long" : "is unavailable", deepestMessage(e));
            String detail = (slow ? "The database took too long to answer this request, so it was stopped"
                    : "The database is not available") + "; try again in " + retryAfterSeconds + " seconds.";
            return ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, detail, uri.getPath())
                    .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                    .build();
        });
    }

    private static String deepestMessage(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
    }
}
