package dev.contentapi.change;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the changes older than {@code content.changes.retention}, every {@code content.changes.cleanup-every}. A
 * client whose cursor is older than that gets a 410 and resynchronises. Each replica may run it: deleting what is
 * already gone does nothing.
 */
@ApplicationScoped
public class ChangeRetention {

    private static final Logger LOG = Logger.getLogger(ChangeRetention.class);

    private final ChangeRepository repository;
    private final Duration retention;

    ChangeRetention(ChangeRepository repository, ChangesConfig config) {
        this.repository = repository;
        this.retention = config.retention();
    }

    @Scheduled(every = "${content.changes.cleanup-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void purge() {
        long deleted = repository.purge(Instant.now().minus(retention));
        if (deleted > 0) {
            LOG.infof("Deleted %d change(s) older than %s", deleted, retention);
        }
    }
}
