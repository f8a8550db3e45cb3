package dev.contentapi.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin says of a new token: a name to know it by, and its role. */
@Schema(name = "TokenRequest")
public record TokenRequest(
        @Schema(description = "Who or what will use it.", example = "Newsroom CMS", required = true) @NotBlank @Size(max = 100) String name,
        @Schema(enumeration = {
                "editor", "moderator",
                "admin" }, example = "editor", required = true) @NotNull @Pattern(regexp = "editor|moderator|admin", message = "must be editor, moderator or admin") String role){
}
