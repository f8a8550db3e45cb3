package dev.contentapi.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares on every operation the problem responses it can give (from {@code META-INF/openapi.yaml}), so that the
 * document lists every error with its RFC 9457 body without an annotation on each method.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String RESPONSES = "#/components/responses/";
    private static final String PARAMETERS = "#/components/parameters/";
    private static final String HEADERS = "#/components/headers/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") && !path.getKey().startsWith("/problems")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                APIResponses responses = operation.getResponses();
                if (entry.getKey() == PathItem.HttpMethod.GET && !streams(operation)) {
                    declareCaching(operation);
                }
                boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
                boolean hasPathParameters = hasParameters
                        && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
                boolean hasBody = operation.getRequestBody() != null;
                if (hasParameters && hasBody) {
                    addIfAbsent(responses, "400", "BadRequest");
                } else if (hasParameters) {
                    addIfAbsent(responses, "400", "InvalidParameter");
                } else if (hasBody) {
                    addIfAbsent(responses, "400", "MalformedRequest");
                }
                // a token that is sent is checked on every operation (SentTokenFilter), public reads included: an
                // unknown or revoked one is a 401, and a client that sends too many of them is refused with a 429; a
                // request from an origin CORS does not allow is a 403 anywhere, as is a role that may not
                addIfAbsent(responses, "401", "Unauthorized");
                addIfAbsent(responses, "403", "Forbidden");
                addIfAbsent(responses, "429", "RateLimited");
                if (hasBody) {
                    addIfAbsent(responses, "413", "ContentTooLarge");
                    addIfAbsent(responses, "415", "UnsupportedMediaType");
                    addIfAbsent(responses, "422", "ValidationFailed");
                }
                if (hasParameters && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
                    addIfAbsent(responses, "412", "PreconditionFailed");
                    addIfAbsent(responses, "428", "PreconditionRequired");
                }
                if (hasPathParameters) {
                    addIfAbsent(responses, "404", "NotFound");
                }
                addIfAbsent(responses, "406", "NotAcceptable");
                // every request is measured against the URI and header limits, and refused while the server stops
                addIfAbsent(responses, "414", "UriTooLong");
                addIfAbsent(responses, "431", "HeaderFieldsTooLarge");
                addIfAbsent(responses, "500", "InternalError");
                addIfAbsent(responses, "503", "ServiceUnavailable");
            }
        }
    }

    /** Reads validate and cache (common/caching): conditional request headers, validators, 304. */
    private static void declareCaching(Operation operation) {
        operation.addParameter(OASFactory.createParameter().ref(PARAMETERS + "IfNoneMatch"));
        operation.addParameter(OASFactory.createParameter().ref(PARAMETERS + "IfModifiedSince"));
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", OASFactory.createHeader().ref(HEADERS + "ETag"));
            ok.addHeader("Last-Modified", OASFactory.createHeader().ref(HEADERS + "LastModified"));
            ok.addHeader("Cache-Control", OASFactory.createHeader().ref(HEADERS + "CacheControl"));
        }
        addIfAbsent(operation.getResponses(), "304", "NotModified");
    }

    /** An endless stream (Server-Sent Events) has no validators, no 304, and is never cached. */
    private static boolean streams(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        return ok != null && ok.getContent() != null && ok.getContent().hasMediaType("text/event-stream");
    }

    private static void addIfAbsent(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + component));
        }
    }
}
