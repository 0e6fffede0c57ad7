package org.claimgraph.claims.sourcefeed;

import java.time.Duration;
import java.util.List;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.claimgraph.claims.ClaimsConfig;
import org.claimgraph.claims.sources.SourcesGraphQLClient;
import org.claimgraph.claims.sources.SourcesGraphQLClient.ChangeEvent;
import org.jboss.logging.Logger;

/**
 * Keeps this service's copies of claimants and documents in step with sources-service by reading its change feed
 * from the last position applied here (kept in {@code claims.source_feed_position}), every poll interval, and at once
 * again while a full batch came. Nothing is lost when either service is down: the feed is sources-service's outbox,
 * the position is ours, and a failed poll is read again later (the wait doubles up to the maximum retry interval).
 */
@ApplicationScoped
public class SourceFeedFollower {

    private static final Logger LOG = Logger.getLogger(SourceFeedFollower.class);

    @Inject
    Vertx vertx;
    @Inject
    ClaimsConfig config;
    @Inject
    SourcesGraphQLClient sources;
    @Inject
    SourceFeedApplier applier;

    private volatile boolean stopped;
    private volatile long timer = -1;
    private int failures;
    private volatile int acknowledged = -1;
    private volatile int refusedAt = -1;

    void start(@Observes StartupEvent started) {
        if (config.sourcesFeed().enabled()) {
            schedule(config.sourcesFeed().pollInterval());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
        vertx.cancelTimer(timer);
    }

    private void schedule(Duration delay) {
        if (!stopped) {
            timer = vertx.setTimer(Math.max(1, delay.toMillis()), ignored -> poll());
        }
    }

    private void poll() {
        catchUp().subscribe().with(caughtUp -> {
            failures = 0;
            schedule(caughtUp ? config.sourcesFeed().pollInterval() : Duration.ZERO);
        }, failure -> {
            failures++;
            Duration retry = backoff();
            if (failures == 1 || failures % 20 == 0) {
                LOG.warnf("sources-service's change feed could not be read or applied (attempt %d failed; next in %s): %s",
                        failures, retry, failure.toString());
            }
            schedule(retry);
        });
    }

    private Duration backoff() {
        Duration interval = config.sourcesFeed().pollInterval();
        Duration max = config.sourcesFeed().maxRetryInterval();
        Duration retry = interval.multipliedBy(1L << Math.min(failures, 16));
        return retry.compareTo(max) > 0 ? max : retry;
    }

    /** Reads and applies one batch of events; true when no more were waiting. Runs on the Vert.x context it starts on. */
    Uni<Boolean> catchUp() {
        Context context = Vertx.currentContext();
        int batch = config.sourcesFeed().batchSize();
        String authorization = config.sourcesFeed().authorization().orElse(null);
        return applier.position()
                .chain(position -> sources.changeFeed(position, batch, authorization)
                        .emitOn(work -> context.runOnContext(ignored -> work.run()))
                        .chain((List<ChangeEvent> events) -> events.isEmpty()
                                ? acknowledge(position, authorization).replaceWith(true)
                                : applier.apply(events)
                                        .chain(() -> acknowledge(events.get(events.size() - 1).position, authorization))
                                        .replaceWith(events.size() < batch)));
    }

    /**
     * Tells sources-service how far the feed is applied here, when that moved, so it can prune what was delivered. A
     * refusal (no editor's token configured) is logged once and changes nothing else: the feed is still followed, and
     * sources-service keeps its events.
     */
    private Uni<Void> acknowledge(int position, String authorization) {
        // after a refusal, asked again only once more of the feed is applied: not on every poll
        if (position <= acknowledged || position <= refusedAt) {
            return Uni.createFrom().voidItem();
        }
        return sources.acknowledgeChangeFeed(config.sourcesFeed().readerName(), position, authorization)
                .invoke(() -> acknowledged = position)
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    boolean first = refusedAt < 0;
                    refusedAt = position;
                    if (first) {
                        LOG.warnf("sources-service did not take the feed position applied here (%d), so it keeps its events"
                                + " (claimgraph.sources-feed.authorization needs an editor's token): %s", position, failure.toString());
                    }
                    return Uni.createFrom().voidItem();
                });
    }
}
