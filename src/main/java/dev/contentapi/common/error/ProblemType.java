package dev.contentapi.common.error;

/**
 * Every kind of problem the API answers, each with a stable type URI (RFC 9457 §3.1.1). The URIs resolve against the
 * API's own host: {@code GET /problems/{slug}} describes each one.
 */
public enum ProblemType {

    INVALID_PARAMETER("invalid-parameter", 400, "Invalid request parameter",
            "A query or path parameter is unknown, repeated, malformed or out of range. `errors[]` names each one and what is allowed."),
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request",
            "The request could not be read: its syntax or framing is wrong."),
    VALIDATION_FAILED("validation-failed", 422, "Validation failed",
            "The body is well-formed JSON but breaks the rules of the resource. `errors[]` names each field by JSON pointer and says what is wrong."),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized",
            "The operation needs an API token (`Authorization: Bearer <token>`), or the token sent is unknown or revoked. `WWW-Authenticate` names the scheme."),
    FORBIDDEN("forbidden", 403, "Forbidden",
            "The token is valid, but its role may not do this."),
    NOT_FOUND("not-found", 404, "Not found",
            "Nothing is published at this address."),
    CONFLICT("conflict", 409, "Conflict",
            "The request clashes with the current state: for instance another item already has this slug."),
    CHANGES_EXPIRED("changes-expired", 410, "Changes expired",
            "The change feed no longer keeps the changes after this cursor: they are older than its retention. Resynchronise: take a new cursor from `/api/v1/changes?after=latest`, read the lists again, then follow the changes after that cursor."),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed",
            "`If-Match` names a version that is no longer current: someone else changed the item. Read it again (its `ETag` is the current version) and redo the change on it."),
    PRECONDITION_REQUIRED("precondition-required", 428, "Precondition required",
            "Changes need `If-Match` with the item's `ETag`, so that no one overwrites a change they have not seen."),
    RATE_LIMITED("rate-limited", 429, "Too many requests",
            "This client sent more requests of this kind than the limit allows. Wait as long as `Retry-After` says; `RateLimit-Policy` states the limit."),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed",
            "The resource exists but does not support this HTTP method. The `Allow` header lists those it does."),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable",
            "The resource cannot be represented in any media type the `Accept` header allows; it speaks application/json."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type",
            "The request body's `Content-Type` is not one this operation reads."),
    CONTENT_TOO_LARGE("content-too-large", 413, "Content too large",
            "The request body is larger than the server accepts. The detail states the limit."),
    URI_TOO_LONG("uri-too-long", 414, "URI too long",
            "The request's URI (path and query) is longer than the server accepts. The detail states the limit."),
    HEADER_FIELDS_TOO_LARGE("header-fields-too-large", 431, "Request header fields too large",
            "The request's header fields are larger than the server accepts. The detail states the limit."),
    INTERNAL_ERROR("internal-error", 500, "Internal server error",
            "Something failed on the server. It has been logged; the response says nothing more on purpose."),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable",
            "The server cannot answer for now: its database is unavailable or too slow, the server is shutting down, or it already serves as many change streams as it may. Send the request again after the seconds that `Retry-After` names (a POST safely, with an `Idempotency-Key`).");

    private final String slug;
    private final int status;
    private final String title;
    private final String description;

    ProblemType(String slug, int status, String title, String description) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String uri() {
        return "/problems/" + slug;
    }
}
