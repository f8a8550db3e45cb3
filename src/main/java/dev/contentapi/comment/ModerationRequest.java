package dev.contentapi.comment;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A moderator's decision: a new status, a note, or both (a merge patch: what is left out stays). */
@Schema(name = "ModerationRequest")
public record ModerationRequest(
        @Schema(enumeration = {
                "pending", "approved", "rejected",
                "spam" }, example = "approved") @Pattern(regexp = "pending|approved|rejected|spam", message = "must be pending, approved, rejected or spam") String status,
        @Schema(description = "Private: moderators only.", example = "Friendly and on topic.") @Size(max = 1000) String moderationNote){
}
