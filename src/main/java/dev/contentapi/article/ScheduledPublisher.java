package dev.contentapi.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.contentapi.common.caching.ContentChanges;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes scheduled articles when their time comes, every few seconds ({@code content.publishing.check-every}).
 * Each replica may run it: the change is one idempotent statement, and it moves the version on so that ETags change.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    private final ArticleRepository articles;
    private final ContentChanges changes;

    ScheduledPublisher(ArticleRepository articles, ContentChanges changes) {
        this.articles = articles;
        this.changes = changes;
    }

    @Scheduled(every = "${content.publishing.check-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void publishDue() {
        // Only an update that changes something: any statement on article notifies every replica to drop its cache.
        if (!articles.anyDue()) {
            return;
        }
        int published = articles.publishDue();
        if (published > 0) {
            changes.changedOnCommit();
            LOG.infof("Published %d scheduled article(s)", published);
        }
    }
}
