package dev.contentapi.common.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * A request that sends credentials has them checked, on every operation: a wrong or revoked token is a 401 even where
 * anonymous callers are welcome, so that a client never mistakes an anonymous answer for an authorised one.
 */
public class SentTokenFilter {

    private final CurrentIdentityAssociation identities;

    SentTokenFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> checkSentCredentials(HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
