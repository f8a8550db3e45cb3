package dev.contentapi.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reader's comment as they send it. */
@Schema(name = "CommentRequest")
public record CommentRequest(
        @Schema(description = "The name to show with the comment.", example = "Maria", required = true) @NotBlank @Size(max = 80) String authorName,
        @Schema(description = "Optional, for the moderators only: never shown publicly.", example = "maria@example.org") @Email @Size(max = 254) String authorEmail,
        @Schema(description = "Plain text: markup is kept as typed and shown as text, never run.", example = "What a story.", required = true) @NotBlank @Size(max = 5000) String body,
        @Schema(description = "The public comment this one replies to; threads go three levels deep.", example = "1", maximum = "9223372036854775807") @Positive Long parentId,
        @Schema(description = "Leave empty. A field that people do not see and bots fill in.", example = "") @Size(max = 500) String website) {
}
