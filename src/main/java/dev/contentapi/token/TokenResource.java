package dev.contentapi.token;

import java.net.URI;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.contentapi.common.idempotency.IdempotentPosts;
import dev.contentapi.common.openapi.Examples;
import dev.contentapi.common.query.IdParameter;
import dev.contentapi.common.security.Roles;

@Path(TokenService.PATH)
@Tag(name = "Tokens")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    /** Field-injected: only the POST operations use it. */
    @Inject
    IdempotentPosts idempotent;

    private final TokenService tokens;

    TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token", description = "Admins only. The answer is the only place the token's value ever appears: keep it.")
    @APIResponse(responseCode = "201", description = "The new token, with its value.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewTokenResponse.class), examples = @ExampleObject(name = "created", value = Examples.TOKEN_CREATED)))
    public RestResponse<Object> createToken(
            @Valid @NotNull @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenRequest.class), examples = @ExampleObject(name = "token", value = Examples.TOKEN_REQUEST))) TokenRequest request,
            @HeaderParam(IdempotentPosts.HEADER) @Parameter(description = IdempotentPosts.DESCRIPTION, example = "5f0c3a8e-6d0b-4a4e-9a53-2f1f2b9d6c10") String idempotencyKey) {
        return idempotent.run(idempotencyKey, request, () -> {
            NewTokenResponse created = tokens.create(request);
            return RestResponse.ResponseBuilder.<NewTokenResponse> created(URI.create(created.self())).entity(created).build();
        }, Set.of("token"));
    }

    @GET
    @Operation(summary = "List API tokens", description = "Admins only. Every token, revoked ones included, newest first; never their values.")
    @APIResponse(responseCode = "200", description = "Every token.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenList.class), examples = @ExampleObject(name = "tokens", value = Examples.TOKEN_LIST)))
    public TokenList listTokens() {
        return tokens.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an API token", description = "Admins only. Never its value.")
    @APIResponse(responseCode = "200", description = "The token, without its value.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class), examples = @ExampleObject(name = "token", value = Examples.TOKEN)))
    public TokenResponse getToken(
            @PathParam("id") @Parameter(description = "The token's id.", example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String id) {
        return tokens.get(IdParameter.parse(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API token", description = "Admins only. The token stops working at once; revoking it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public void revokeToken(
            @PathParam("id") @Parameter(description = "The token's id.", example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String id) {
        tokens.revoke(IdParameter.parse(id));
    }
}
