package dev.contentapi.common.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a bearer token into an identity with roles: the token from {@code CONTENT_ADMIN_TOKEN}, when set, is an admin
 * (how a fresh installation gets its first token); any other must be a known, unrevoked token in the database, found
 * by its hash.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    public static final String BOOTSTRAP_NAME = "CONTENT_ADMIN_TOKEN";

    private final Optional<String> adminToken;

    ApiTokenIdentityProvider(@ConfigProperty(name = "content.admin-token") Optional<String> adminToken) {
        this.adminToken = adminToken.filter(value -> !value.isBlank());
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        if (adminToken.isPresent() && TokenValues.same(token, adminToken.get())) {
            return Uni.createFrom().item(identity(BOOTSTRAP_NAME, Roles.ADMIN));
        }
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> {
            ApiToken found = ApiToken.<ApiToken> find("tokenHash = ?1 and revokedAt is null", TokenValues.hash(token))
                    .firstResult();
            if (found == null) {
                throw new AuthenticationFailedException("Unknown or revoked token");
            }
            found.lastUsedAt = Instant.now();
            return identity(found.name, found.role);
        }));
    }

    private static SecurityIdentity identity(String name, String role) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRoles(Roles.granted(role))
                .build();
    }
}
