package dev.contentapi.token;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.contentapi.common.Api;
import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.security.ApiToken;
import dev.contentapi.common.security.TokenValues;
import io.quarkus.panache.common.Sort;

/** Makes, lists and revokes API tokens. A token's value leaves the server once, when it is made. */
@ApplicationScoped
public class TokenService {

    public static final String PATH = Api.V1 + "/tokens";

    @Transactional
    public NewTokenResponse create(TokenRequest request) {
        String value = TokenValues.generate();
        ApiToken token = new ApiToken();
        token.name = request.name().strip();
        token.role = request.role();
        token.tokenHash = TokenValues.hash(value);
        token.tokenPrefix = value.substring(0, TokenValues.SHOWN_PREFIX_LENGTH);
        token.persistAndFlush();
        ApiToken.getEntityManager().refresh(token);
        return new NewTokenResponse(token.id, token.name, token.role, value, token.createdAt, PATH + "/" + token.id);
    }

    public TokenList list() {
        return new TokenList(ApiToken.<ApiToken> findAll(Sort.descending("id")).stream().map(TokenService::toResponse)
                .toList());
    }

    public TokenResponse get(long id) {
        return toResponse(find(id));
    }

    /** Revokes the token; revoking a revoked token changes nothing. */
    @Transactional
    public void revoke(long id) {
        ApiToken token = find(id);
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
        }
    }

    private static ApiToken find(long id) {
        ApiToken token = ApiToken.findById(id);
        if (token == null) {
            throw ProblemException.notFound("No token has the id " + id + ".");
        }
        return token;
    }

    private static TokenResponse toResponse(ApiToken token) {
        return new TokenResponse(token.id, token.name, token.role, token.tokenPrefix, token.createdAt,
                token.lastUsedAt, token.revokedAt, PATH + "/" + token.id);
    }
}
