package dev.contentapi.common.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.contentapi.common.ratelimit.Clients;
import dev.contentapi.common.ratelimit.RateLimiter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns a bearer token into an identity with roles: the token from {@code CONTENT_ADMIN_TOKEN}, when set, is an admin
 * (how a fresh installation gets its first token); any other must be a known, unrevoked token in the database, found
 * by its hash.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    public static final String BOOTSTRAP_NAME = "CONTENT_ADMIN_TOKEN";

    private final Optional<String> adminToken;
    private final RateLimiter limiter;

    ApiTokenIdentityProvider(@ConfigProperty(name = "content.admin-token") Optional<String> adminToken,
            RateLimiter limiter) {
        this.adminToken = adminToken.filter(value -> !value.isBlank());
        this.limiter = limiter;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String client = routing == null ? "unknown" : Clients.of(routing.request());
        return context.runBlocking(() -> {
            // a client that guessed wrong too often is refused outright for the rest of the window
            limiter.refuseIfSpent(limiter.failedAuthentication(), client);
            if (adminToken.isPresent() && TokenValues.same(token, adminToken.get())) {
                return identity(BOOTSTRAP_NAME, Roles.ADMIN);
            }
            SecurityIdentity identity = QuarkusTransaction.requiringNew().call(() -> {
                ApiToken found = ApiToken.<ApiToken> find("tokenHash = ?1 and revokedAt is null",
                        TokenValues.hash(token)).firstResult();
                if (found == null) {
                    return null;
                }
                found.lastUsedAt = Instant.now();
                return identity(found.name, found.role);
            });
            if (identity == null) {
                limiter.hit(limiter.failedAuthentication(), client);
                throw new AuthenticationFailedException("Unknown or revoked token");
            }
            return identity;
        });
    }

    private static SecurityIdentity identity(String name, String role) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRoles(Roles.granted(role))
                .build();
    }
}
