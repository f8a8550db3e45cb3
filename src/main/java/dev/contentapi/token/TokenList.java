package dev.contentapi.token;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every token, revoked ones included, newest first. */
@Schema(name = "TokenList")
public record TokenList(@Schema(required = true) List<TokenResponse> data) {
}
