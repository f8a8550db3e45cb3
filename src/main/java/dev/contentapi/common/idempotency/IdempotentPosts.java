package dev.contentapi.common.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.contentapi.common.error.FieldProblem;
import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.error.ProblemType;
import dev.contentapi.common.ratelimit.Clients;
import dev.contentapi.common.security.TokenValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code Idempotency-Key} on POST: the first successful answer to a key is kept in PostgreSQL (so it holds across
 * restarts and replicas) and replayed, marked {@code Idempotent-Replayed: true}, to every retry of the same request.
 * The same key with another body is a 422; the same key while the first request is still running is a 409. A request
 * that fails keeps nothing, so that it can be retried. Keys are scoped to the caller and the operation and are kept
 * for {@link #LIFETIME}.
 */
@ApplicationScoped
public class IdempotentPosts {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final Duration LIFETIME = Duration.ofHours(24);
    public static final String DESCRIPTION = "Makes a retry safe: the first successful answer to this key is replayed (marked "
            + "Idempotent-Replayed: true) for 24 hours, without any secret it showed (a new token's value is never kept). Reusing it with another body is a 422; while the first request runs, a 409. 1 to 255 "
            + "printable characters, e.g. a UUID.";

    private final EntityManager em;
    private final ObjectMapper json;
    private final CurrentVertxRequest request;

    IdempotentPosts(EntityManager em, ObjectMapper json, CurrentVertxRequest request) {
        this.em = em;
        this.json = json;
        this.request = request;
    }

    /**
     * Runs the action once per key.
     *
     * @param key the header as sent, or null to run the action as usual
     * @param body what the request carries (compared by its JSON form), or null
     */
    public RestResponse<Object> run(String key, Object body, Supplier<RestResponse<?>> action) {
        return run(key, body, action, Set.of());
    }

    /**
     * Like {@link #run(String, Object, Supplier)}, but never stores the named top-level fields of the answer: a secret
     * shown once (a new token's value) is not kept, and a replay answers without it.
     */
    public RestResponse<Object> run(String key, Object body, Supplier<RestResponse<?>> action, Set<String> secrets) {
        if (key == null) {
            return cast(action.get());
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.invalidParameter(HEADER, "must be 1 to 255 printable ASCII characters, e.g. a UUID");
        }
        HttpServerRequest http = request.getCurrent().request();
        String authorization = http.getHeader(HttpHeaders.AUTHORIZATION);
        String caller = authorization != null ? "token " + authorization : "client " + Clients.of(http);
        String scope = TokenValues.hash(caller + " " + http.method() + " " + http.path());
        String hash = TokenValues.hash(serialize(body));
        boolean fresh = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                insert into idempotency_key (scope, key, request_hash, state) values (:scope, :key, :hash, 'in_flight')
                on conflict (scope, key) do nothing""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate() == 1);
        if (!fresh) {
            return replay(scope, key, hash);
        }
        RestResponse<?> response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            forget(scope, key);
            throw e;
        }
        if (response.getStatus() >= 300) {
            forget(scope, key);
            return cast(response);
        }
        keep(scope, key, response, secrets);
        return cast(response);
    }

    private RestResponse<Object> replay(String scope, String key, String hash) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select request_hash, state, status, content_type, location, etag, body
                from idempotency_key where scope = :scope and key = :key""")
                .setParameter("scope", scope).setParameter("key", key).getResultList());
        if (rows.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "A request with this Idempotency-Key has just failed; send it again.");
        }
        Object[] row = (Object[]) rows.get(0);
        if ("in_flight".equals(row[1])) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The first request with this Idempotency-Key is still running; retry in a moment.");
        }
        if (!hash.equals(row[0])) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "This Idempotency-Key was used with another request body; use a new key for a new request.",
                    List.of(FieldProblem.parameter(HEADER, "was used with another body")));
        }
        RestResponse.ResponseBuilder<Object> replay = RestResponse.ResponseBuilder.create(((Number) row[2]).intValue());
        if (row[6] != null) {
            replay.entity(row[6]).type(row[3] == null ? MediaType.APPLICATION_JSON : (String) row[3]);
        }
        if (row[4] != null) {
            replay.header(HttpHeaders.LOCATION, row[4]);
        }
        if (row[5] != null) {
            replay.header(HttpHeaders.ETAG, row[5]);
        }
        return replay.header(REPLAYED, "true").build();
    }

    private void keep(String scope, String key, RestResponse<?> response, Set<String> secrets) {
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        String body = response.hasEntity() ? withoutSecrets(response.getEntity(), secrets) : null;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update idempotency_key set state = 'done', status = :status, content_type = :type, location = :location,
                    etag = :etag, body = :body where scope = :scope and key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("type", body == null ? null : MediaType.APPLICATION_JSON)
                .setParameter("location", location).setParameter("etag", etag).setParameter("body", body)
                .setParameter("scope", scope).setParameter("key", key).executeUpdate());
    }

    private String withoutSecrets(Object entity, Set<String> secrets) {
        JsonNode tree = json.valueToTree(entity);
        if (tree instanceof ObjectNode object) {
            object.remove(secrets);
        }
        return serialize(tree);
    }

    private void forget(String scope, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotency_key where scope = :scope and key = :key")
                .setParameter("scope", scope).setParameter("key", key).executeUpdate());
    }

    /** Forgets keys older than their lifetime. */
    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotency_key where created_at < now() - cast(:lifetime as interval)")
                .setParameter("lifetime", LIFETIME.toHours() + " hours").executeUpdate());
    }

    private String serialize(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A body could not be written as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static RestResponse<Object> cast(RestResponse<?> response) {
        return (RestResponse<Object>) response;
    }
}
