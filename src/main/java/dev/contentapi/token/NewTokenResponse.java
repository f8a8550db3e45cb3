package dev.contentapi.token;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token just made: the only answer that shows its value. */
@Schema(name = "NewToken")
public record NewTokenResponse(
        @Schema(example = "1", required = true) long id,
        @Schema(example = "Newsroom CMS", required = true) String name,
        @Schema(example = "editor", required = true) String role,
        @Schema(description = "The token itself. Shown this once, only a hash of it is kept: a retry of the request with the same `Idempotency-Key` gets the same answer without it.", example = "cat_Qm9v1cXh3Yq0…") String token,
        @Schema(required = true) Instant createdAt,
        @Schema(example = "/api/v1/tokens/1", required = true) String self) {
}
