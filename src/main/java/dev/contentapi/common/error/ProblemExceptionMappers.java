package dev.contentapi.common.error;

import java.util.UUID;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers: every error leaves as an RFC 9457 problem, and nothing about the
 * server's insides (stack traces, class names, SQL) ever leaves with it.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    private final AllowedMethods allowedMethods;

    ProblemExceptionMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
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

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internalError(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Request to %s failed (incident %s)", uri.getPath(), incident);
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "The server failed to answer this request. Incident " + incident + " has been logged.",
                uri.getPath()).build();
    }
}
