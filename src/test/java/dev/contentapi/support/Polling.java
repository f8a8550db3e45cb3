package dev.contentapi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.restassured.response.Response;

/** Asking the API again until its answer passes: for what must happen within a bound, which is what is tested. */
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
}
