package dev.contentapi.common.http;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.contentapi.common.error.ProblemResponses;
import dev.contentapi.common.error.ProblemType;
import dev.contentapi.common.error.RouteProblems;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import sun.misc.Signal;

/**
 * Once the application is told to stop (SIGTERM), the requests in flight are finished (for up to
 * {@code quarkus.shutdown.timeout}) while new ones are refused with a 503 problem, {@code Retry-After} and
 * {@code Connection: close}, before any work starts, so that the client can send them elsewhere. With a
 * {@code quarkus.shutdown.delay}, requests are still served during the delay (while readiness is already down and load
 * balancers stop sending traffic), and refused after it. Health checks are always answered. The process then exits with
 * status 0.
 */
@Singleton
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);

    private final Optional<Duration> delay;
    private final long retryAfterSeconds;
    private final RouteProblems problems;
    private volatile long refuseFrom;
    private volatile boolean stopping;

    GracefulShutdown(RouteProblems problems,
            @ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay,
            @ConfigProperty(name = "content.unavailable.retry-after") Duration retryAfter) {
        this.problems = problems;
        this.delay = delay;
        this.retryAfterSeconds = ProblemResponses.seconds(retryAfter);
    }

    void register(@Observes Router router) {
        router.route().order(RequestLimits.ORDER - 1).handler(this::refuseWhileStopping);
    }

    /**
     * SIGTERM asks for an orderly stop, so it ends like one: the shutdown runs as for any exit (the JVM's shutdown hooks)
     * and the exit status is 0. The JVM's own handler would report 143 (128 + SIGTERM), which platforms such as systemd
     * count as a failure. Only in the packaged application: dev mode and tests keep their JVM's signal handling.
     */
    void exitZeroOnSigterm(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        try {
            Signal.handle(new Signal("TERM"), signal -> System.exit(0));
        } catch (IllegalArgumentException e) {
            LOG.debugf("SIGTERM cannot be handled here: %s", e.getMessage());
        }
    }

    /** Fired as shutdown begins (it needs {@code quarkus.shutdown.delay-enabled}, even without a delay). */
    void stopping(@Observes ShutdownDelayInitiatedEvent event) {
        refuseFrom = System.nanoTime() + delay.orElse(Duration.ZERO).toNanos();
        stopping = true;
    }

    private void refuseWhileStopping(RoutingContext context) {
        if (!stopping || System.nanoTime() - refuseFrom < 0 || context.request().path().startsWith("/q/health")) {
            context.next();
            return;
        }
        context.response()
                .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        problems.send(context, ProblemType.SERVICE_UNAVAILABLE,
                "The server is shutting down and takes no new requests; send this one again, another instance will answer.");
    }
}
