package org.claimgraph.sources.changefeed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.claimgraph.common.persistence.ResolverSessions;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox from growing forever: every prune interval, the events every reader has acknowledged and that are
 * older than the retention are deleted ({@link ChangeFeed#prune}). A failed run is simply tried again at the next one.
 */
@ApplicationScoped
public class ChangeFeedPruning {

    private static final Logger LOG = Logger.getLogger(ChangeFeedPruning.class);

    @Inject
    Vertx vertx;
    @Inject
    ChangeFeedConfig config;
    @Inject
    ChangeFeed feed;

    private volatile boolean stopped;
    private volatile long timer = -1;

    void start(@Observes StartupEvent started) {
        if (config.pruning()) {
            schedule();
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
        vertx.cancelTimer(timer);
    }

    private void schedule() {
        if (!stopped) {
            timer = vertx.setTimer(Math.max(1, config.pruneInterval().toMillis()),
                    ignored -> pruneNow().subscribe().with(pruned -> schedule(), failure -> {
                        LOG.warnf("pruning the change feed failed (tried again in %s): %s", config.pruneInterval(), failure);
                        schedule();
                    }));
        }
    }

    /** Prunes now, on a Vert.x context of its own; how many events were deleted. */
    public Uni<Integer> pruneNow() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        return Uni.createFrom().<Integer> emitter(emitter -> vertx.getOrCreateContext().runOnContext(ignored ->
                ResolverSessions.write(() -> feed.prune(cutoff)).subscribe().with(emitter::complete, emitter::fail)))
                .invoke(pruned -> {
                    if (pruned > 0) {
                        LOG.infof("pruned %d change-feed events delivered to every reader before %s", pruned, cutoff);
                    }
                });
    }
}
