package dev.contentapi.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Server-Sent Events client for tests, on a real HTTP connection ({@link HttpClient}): opens a stream, parses what
 * arrives on a thread of its own, and lets the test wait (with a deadline) for the events and comments it expects.
 * Closing it closes the connection, as a browser leaving the page does.
 */
public final class EventStream implements AutoCloseable {

    /** An event as the client dispatches it: its id (the last one set) and its data. */
    public record Event(String id, String data) {
    }

    /** A comment line (": text"). */
    public record Comment(String text) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final List<Event> events = new ArrayList<>();
    private final Thread reader;
    private final String body;

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        if (response.statusCode() != 200) {
            try (InputStream in = response.body()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reader = null;
            return;
        }
        body = null;
        reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens a stream; answers once the response's headers have come (or with the whole body, when not a 200). */
    public static EventStream open(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        try {
            return new EventStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The body of an answer that is not a stream (a problem). */
    public String body() {
        return body;
    }

    /** Waits for the next event that matches; the events passed over are kept in {@link #events()}. */
    public Event next(Predicate<Event> wanted) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Object item = poll(deadline, "an event");
            if (item instanceof Event event && wanted.test(event)) {
                return event;
            }
        }
    }

    /** Waits for the next comment line with this text. */
    public Comment nextComment(String text) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Object item = poll(deadline, "the comment '" + text + "'");
            if (item instanceof Comment comment && comment.text().equals(text)) {
                return comment;
            }
        }
    }

    /** Waits for the server to end the stream, passing over what still arrives. */
    public void awaitEnd() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (true) {
                Object item = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (item == null) {
                    throw new AssertionError("The stream did not end within " + PATIENCE);
                }
                if (item instanceof Throwable) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every event received so far, in order. */
    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private Object poll(long deadline, String what) {
        try {
            Object item = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (item == null) {
                throw new AssertionError("Waited " + PATIENCE + " in vain for " + what + "; events so far: " + events());
            }
            if (item instanceof Throwable failure) {
                throw new AssertionError("The stream ended before " + what + " arrived", failure);
            }
            return item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The SSE parsing rules (WHATWG HTML, "event stream interpretation"), for the fields this API sends. */
    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        Event event = new Event(id, data.toString());
                        synchronized (this) {
                            events.add(event);
                        }
                        received.add(event);
                    }
                    data = null;
                } else if (line.startsWith(":")) {
                    received.add(new Comment(line.substring(1).strip()));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    value = value.startsWith(" ") ? value.substring(1) : value;
                    if (field.equals("id")) {
                        id = value;
                    } else if (field.equals("data")) {
                        data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    }
                }
            }
            received.add(new IOException("end of stream"));
        } catch (IOException e) {
            received.add(e);
        }
    }
}
