package dev.contentapi.common.caching;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import dev.contentapi.common.notify.PgNotifications;
import io.quarkus.runtime.StartupEvent;

/**
 * What this replica knows of changes to public content, wherever they were made: a generation that moves on with
 * every change, and the time of the last one.
 * <p>
 * Changes made through this replica count at once ({@link #changed()}, called when a write request ends, after its
 * transaction committed); changes made anywhere else count when PostgreSQL's notification on the
 * {@value #CHANNEL} channel arrives (migration V9 sends one for every statement on a content table), within
 * moments. While notifications do not flow (the connection is down), nothing this replica holds can be trusted:
 * {@link #trusted()} is false, and caches and {@code Last-Modified} stay off until it is listening again.
 */
@ApplicationScoped
public class ContentChanges {

    public static final String CHANNEL = "content_changed";

    private final AtomicLong generation = new AtomicLong();
    private final PgNotifications notifications;
    private volatile long lastChange = System.currentTimeMillis();

    private final TransactionSynchronizationRegistry transactions;

    ContentChanges(PgNotifications notifications, TransactionSynchronizationRegistry transactions) {
        this.notifications = notifications;
        this.transactions = transactions;
    }

    void listen(@Observes StartupEvent started) {
        notifications.subscribe(CHANNEL, new PgNotifications.Listener() {
            @Override
            public void notified(String payload) {
                changed();
            }

            @Override
            public void resynchronise() {
                changed();
            }
        });
    }

    /** Something changed, now. */
    public void changed() {
        lastChange = System.currentTimeMillis();
        generation.incrementAndGet();
    }

    /**
     * Something changes in the current transaction: counts once it has ended (at once without a transaction). For
     * writes made outside a request (scheduled jobs), which no request's end would count.
     */
    public void changedOnCommit() {
        if (transactions.getTransactionKey() == null) {
            changed();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                changed();
            }
        });
    }

    /** Moves on with every change: what was computed under an older generation may be stale. */
    public long generation() {
        return generation.get();
    }

    /** No later than the last change this replica knows of (a conservative bound, never earlier than the truth). */
    public Instant lastChange() {
        return Instant.ofEpochMilli(lastChange);
    }

    /** Whether changes made elsewhere are reaching this replica, so that the generation can be trusted. */
    public boolean trusted() {
        return notifications.listening(CHANNEL);
    }
}
