package dev.contentapi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.restassured.response.Response;

/** Asking the API again: until its answer passes (what must happen within a bound), or after losing a race it cannot win. */
public final class Polling {

    private Polling() {
    }

    /** Asks again until the answer passes, failing once the deadline has passed, with the last answer. */
    public static Response until(Supplier<Response> ask, Predicate<Response> passes, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        Response response = ask.get();
        while (!passes.test(response)) {
            Response last = response;
            assertThat(System.nanoTime()).as(() -> "an answer that passes within " + deadline + "; the last was "
                    + last.statusCode() + " " + last.headers() + "\n" + last.asString()).isLessThan(end);
            Thread.onSpinWait();
            response = ask.get();
        }
        return response;
    }

    /**
     * Sends a request whose body the server refuses as soon as it sees its length (413) and then closes: the client
     * may still be writing the body and lose that race with a broken pipe, in which case it sends again (at most three
     * times). Any other failure fails at once.
     */
    public static Response resendingOnBrokenPipe(Supplier<Response> send) {
        for (int attempt = 1;; attempt++) {
            try {
                return send.get();
            } catch (Exception e) { // REST Assured throws the socket's IOException unchecked
                if (attempt == 3 || !(e instanceof SocketException || e.getCause() instanceof SocketException)) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
