package dev.contentapi.common.notify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * PostgreSQL {@code LISTEN/NOTIFY} for the whole application: one dedicated connection (outside the pool, so it never
 * takes a connection from requests) on which every subscribed channel is listened to, read by one thread.
 * <p>
 * Notifications only reach a connection while it is listening: whatever was notified while the connection was down
 * is lost. So every listener is told, through {@link Listener#resynchronise()}, each time the connection (re)starts
 * listening, and {@link #listening(String)} says whether notifications on a channel are flowing right now. A dead connection is
 * noticed
 * within {@code content.notifications.check-every} (a query runs whenever that long passed without a notification),
 * and the thread reconnects with a growing pause up to {@code content.notifications.max-reconnect-pause}.
 */
@ApplicationScoped
public class PgNotifications {

    /** What a subscriber is told; both methods run on the notification thread and must return quickly. */
    public interface Listener {

        /** A notification on the channel, with its payload ("" when none was sent). */
        void notified(String payload);

        /** Notifications may have been missed (the connection was down): whatever depends on them must catch up. */
        void resynchronise();
    }

    private static final Logger LOG = Logger.getLogger(PgNotifications.class);
    private static final String APPLICATION_NAME = "content-api-notifications";

    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final Set<String> listenedTo = ConcurrentHashMap.newKeySet();
    private final Optional<String> url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final Duration checkEvery;
    private final Duration maxReconnectPause;

    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    PgNotifications(@ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "content.notifications.check-every", defaultValue = "PT0.5S") Duration checkEvery,
            @ConfigProperty(name = "content.notifications.max-reconnect-pause", defaultValue = "PT2S") Duration maxReconnectPause) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.checkEvery = checkEvery;
        this.maxReconnectPause = maxReconnectPause;
    }

    /**
     * Listens to {@code channel} from now on. The listener's {@link Listener#resynchronise()} runs once the channel
     * is listened to (and after every reconnection), so it learns when it can start trusting notifications.
     */
    public void subscribe(String channel, Listener listener) {
        listeners.computeIfAbsent(channel, name -> new CopyOnWriteArrayList<>()).add(listener);
        if (listenedTo.contains(channel)) {
            listener.resynchronise();
        }
    }

    /**
     * Whether the connection is up and listening to {@code channel}, and the channel's listeners were told to
     * resynchronise since it was listened to: notifications sent on it now will arrive. Each channel for itself, so
     * that after a reconnection no channel is trusted before it is listened to again.
     */
    public boolean listening(String channel) {
        return listenedTo.contains(channel);
    }

    void start(@Observes StartupEvent started) {
        if (url.isEmpty()) {
            LOG.warn("No datasource URL: change notifications are off, so nothing is cached across requests");
            return;
        }
        running = true;
        thread = new Thread(this::run, "pg-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        closeQuietly();
    }

    private void run() {
        long pause = 50;
        while (running) {
            try {
                connect();
                pause = 50;
                receive();
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!listenedTo.isEmpty()) {
                    LOG.warnf("Lost the notification connection (%s); reconnecting", e.getMessage());
                } else {
                    LOG.debugf("Notification connection unavailable: %s", e.getMessage());
                }
            } finally {
                listenedTo.clear();
                closeQuietly();
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(pause * 2, maxReconnectPause.toMillis());
        }
    }

    private void connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "3");
        properties.setProperty("tcpKeepAlive", "true");
        connection = DriverManager.getConnection(url.get(), properties);
        connection.setAutoCommit(true);
    }

    private void receive() throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            listenToNewChannels();
            PGNotification[] received = notifications.getNotifications((int) checkEvery.toMillis());
            if (received != null && received.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : received) {
                    deliver(notification.getName(), notification.getParameter());
                }
            } else if (System.nanoTime() - quietSince >= checkEvery.toNanos()) {
                // Nothing for a while: make sure the connection is still there, or the silence means nothing.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void listenToNewChannels() throws SQLException {
        for (String channel : listeners.keySet()) {
            if (!listenedTo.contains(channel)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen \"" + channel.replace("\"", "\"\"") + "\"");
                }
                for (Listener listener : listeners.get(channel)) {
                    safely(() -> listener.resynchronise());
                }
                // Trusted only now: whatever a listener held from before the connection was lost is behind it.
                listenedTo.add(channel);
            }
        }
    }

    private void deliver(String channel, String payload) {
        for (Listener listener : listeners.getOrDefault(channel, List.of())) {
            safely(() -> listener.notified(payload == null ? "" : payload));
        }
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("A notification listener failed", e);
        }
    }

    private void closeQuietly() {
        Connection current = connection;
        connection = null;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException e) {
                LOG.debug("Closing the notification connection failed", e);
            }
        }
    }
}
