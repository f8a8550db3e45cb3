package dev.contentapi.token;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as an admin sees it in a list: never its value, only the first characters of it. */
@Schema(name = "Token")
public record TokenResponse(
        @Schema(example = "1", required = true) long id,
        @Schema(example = "Newsroom CMS", required = true) String name,
        @Schema(enumeration = {
                "editor", "moderator", "admin" }, example = "editor", required = true) String role,
        @Schema(description = "The first characters of the token, to tell tokens apart.", example = "cat_Qm9v1c", required = true) String prefix,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true, description = "When it last authenticated a request; null if never.") Instant lastUsedAt,
        @Schema(nullable = true, description = "When it was revoked; null while it is valid.") Instant revokedAt,
        @Schema(example = "/api/v1/tokens/1", required = true) String self){
}
