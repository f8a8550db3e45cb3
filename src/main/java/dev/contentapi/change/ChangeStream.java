package dev.contentapi.change;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.notify.PgNotifications;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * The live streams of changes on this replica. The table is the truth: PostgreSQL's notification on
 * {@value #CHANNEL} (sent by every commit that writes events, on whichever replica) only wakes the one reader thread,
 * which reads the new events once for every stream and hands each stream those its audience sees. A new stream first
 * catches up from its cursor, by reading the feed for itself, and then follows the shared reads.
 * <p>
 * Everything that reads or moves a stream's position runs on that one thread, so no stream ever sees an event twice
 * or out of order. Each stream also gets a comment line every {@code content.changes.stream.heartbeat}, so that
 * proxies keep it open; while notifications do not flow, each heartbeat also reads the feed. At most
 * {@code content.changes.stream.max-subscribers} streams are open at once; a client that reads more slowly than events
 * come loses its stream once {@code content.changes.stream.buffer} events wait for it (it reconnects with
 * {@code Last-Event-ID}).
 */
@ApplicationScoped
public class ChangeStream {

    public static final String CHANNEL = "content_events";
    /** How long a refused client should wait, and how long EventSource waits before it reconnects. */
    static final Duration RETRY = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(ChangeStream.class);
    private static final int BATCH = 500;

    private final ChangeRepository repository;
    private final ChangeFeed feed;
    private final PgNotifications notifications;
    private final ObjectMapper json;
    private final Duration heartbeat;
    private final int maxSubscribers;
    private final int buffer;

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicBoolean readPending = new AtomicBoolean();
    private volatile boolean stopping;
    private ScheduledExecutorService reader;
    /** The last position read for the live streams; -1 when unknown (no stream open). Reader thread only. */
    private long head = -1;

    ChangeStream(ChangeRepository repository, ChangeFeed feed, PgNotifications notifications, ObjectMapper json,
            ChangesConfig config) {
        this.repository = repository;
        this.feed = feed;
        this.notifications = notifications;
        this.json = json;
        this.heartbeat = config.streamHeartbeat();
        this.maxSubscribers = config.streamMaxSubscribers();
        this.buffer = config.streamBuffer();
    }

    /** Refused: this replica already serves as many streams as it may, or is stopping. */
    static class BusyException extends RuntimeException {

        BusyException(String detail) {
            super(detail, null, false, false);
        }
    }

    void start(@Observes StartupEvent started) {
        reader = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "change-stream");
            thread.setDaemon(true);
            return thread;
        });
        reader.scheduleAtFixedRate(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        notifications.subscribe(CHANNEL, new PgNotifications.Listener() {
            @Override
            public void notified(String payload) {
                wake();
            }

            @Override
            public void resynchronise() {
                wake();
            }
        });
    }

    /**
     * Shutdown begins: the streams end at once (a stream never finishes by itself, so it would hold a graceful
     * shutdown for its whole timeout), and their clients reconnect, to another replica, with {@code Last-Event-ID}.
     * New streams are refused from then on, as when too many are open.
     * Fired when {@code quarkus.shutdown.delay-enabled}; otherwise the streams end with the application.
     */
    void stopping(@Observes ShutdownDelayInitiatedEvent stopping) {
        this.stopping = true;
        subscribers.forEach(subscriber -> subscriber.emitter.complete());
    }

    void stop(@Observes ShutdownEvent stopped) {
        subscribers.forEach(subscriber -> subscriber.emitter.complete());
        if (reader != null) {
            reader.shutdownNow();
        }
    }

    /** Streams currently open on this replica. */
    public int subscribers() {
        return open.get();
    }

    /**
     * Opens a stream of the changes after {@code position} (already checked against retention) that the audience
     * sees, of these types; refused with {@link BusyException} past the bound.
     */
    Multi<OutboundSseEvent> open(Audience audience, Set<ChangeType> types, long position, Sse sse) {
        if (stopping) {
            throw new BusyException("This server is shutting down. Connect again after the seconds that Retry-After "
                    + "names: another server will answer.");
        }
        if (open.incrementAndGet() > maxSubscribers) {
            open.decrementAndGet();
            throw new BusyException("This server already streams changes to as many clients as it may. Try again "
                    + "after the seconds that Retry-After names, or poll " + ChangeResource.PATH + ".");
        }
        Subscriber subscriber = new Subscriber(audience, types, position, sse);
        return Multi.createFrom().<OutboundSseEvent> emitter(emitter -> {
            subscriber.emitter = emitter;
            emitter.onTermination(() -> close(subscriber));
            // Sent at once, so that the client has the answer's headers without waiting for a change.
            emitter.emit(sse.newEventBuilder().comment("changes after the cursor follow")
                    .reconnectDelay(RETRY.toMillis()).build());
            subscribers.add(subscriber);
            reader.execute(() -> catchUp(subscriber));
        }, BackPressureStrategy.ERROR).onOverflow().buffer(buffer);
    }

    private void close(Subscriber subscriber) {
        if (subscriber.closed.compareAndSet(false, true)) {
            subscribers.remove(subscriber);
            open.decrementAndGet();
        }
    }

    /** Called on the notification thread: only hands the reading to the reader thread. */
    private void wake() {
        if (readPending.compareAndSet(false, true)) {
            reader.execute(this::read);
        }
    }

    private void beat() {
        for (Subscriber subscriber : subscribers) {
            subscriber.emitter.emit(subscriber.sse.newEventBuilder().comment("heartbeat").build());
        }
        if (!notifications.listening(CHANNEL)) {
            read();
        }
    }

    /** Reads what was committed since the last read, once for every live stream. */
    private void read() {
        readPending.set(false);
        if (subscribers.isEmpty()) {
            head = -1;
            return;
        }
        if (head < 0) {
            return; // no stream follows yet: the first to finish catching up says where the shared reads start
        }
        try {
            List<ChangeRow> rows;
            do {
                ChangeRepository.Slice slice = repository.after(head, Audience.ALL.everything(), Audience.ALL.everything(),
                        BATCH);
                rows = slice.rows();
                long to = rows.size() == BATCH ? rows.get(BATCH - 1).seq() : Math.max(head, slice.bounds().head());
                for (Subscriber subscriber : subscribers) {
                    subscriber.deliver(rows, to);
                }
                head = to;
            } while (rows.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("Reading the change feed for the streams failed (%s); trying again in a second", e.getMessage());
            reader.schedule(this::wake, 1, TimeUnit.SECONDS);
        }
    }

    /** Sends a new stream what was committed after its cursor, then lets it follow the shared reads. */
    private void catchUp(Subscriber subscriber) {
        try {
            long position = subscriber.position;
            List<ChangeRow> rows;
            ChangeRepository.Slice slice;
            do {
                if (subscriber.closed.get()) {
                    return;
                }
                slice = repository.after(position, subscriber.types, subscriber.audience.everything(), BATCH);
                feed.requireKept(subscriber.position, slice.bounds());
                rows = slice.rows();
                for (ChangeRow row : rows) {
                    subscriber.send(row);
                }
                position = rows.size() == BATCH ? rows.get(BATCH - 1).seq() : Math.max(position, slice.bounds().head());
            } while (rows.size() == BATCH);
            // Every position up to this last read's head was read. The shared reads went no further (they read
            // earlier), so from here on they bring this stream everything it has not had.
            if (head < 0) {
                head = slice.bounds().head();
            }
            subscriber.position = position;
            subscriber.live = true;
        } catch (ProblemException e) {
            subscriber.emitter.fail(e);
        } catch (RuntimeException e) {
            LOG.warnf("Catching a change stream up failed (%s); closing it, the client will resume", e.getMessage());
            subscriber.emitter.fail(e);
        }
    }

    /** One open stream. Its position and liveness are read and written on the reader thread only. */
    private final class Subscriber {

        final Audience audience;
        final Set<ChangeType> types;
        final Sse sse;
        final AtomicBoolean closed = new AtomicBoolean();
        volatile MultiEmitter<? super OutboundSseEvent> emitter;
        long position;
        boolean live;

        Subscriber(Audience audience, Set<ChangeType> types, long position, Sse sse) {
            this.audience = audience;
            this.types = types;
            this.position = position;
            this.sse = sse;
        }

        /** The events of a shared read, which covered every position up to {@code to}. */
        void deliver(List<ChangeRow> rows, long to) {
            if (!live || closed.get()) {
                return; // still catching up: its own reads cover these
            }
            for (ChangeRow row : rows) {
                if (row.seq() > position && types.contains(row.type()) && audience.sees(row)) {
                    send(row);
                }
            }
            position = Math.max(position, to);
        }

        void send(ChangeRow row) {
            String cursor = feed.cursor(row.seq());
            try {
                emitter.emit(sse.newEventBuilder().id(cursor)
                        .data(String.class, json.writeValueAsString(audience.show(row, cursor))).build());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A change could not be written as JSON", e);
            }
        }
    }
}
