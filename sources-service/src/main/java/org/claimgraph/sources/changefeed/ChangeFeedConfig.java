package org.claimgraph.sources.changefeed;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The change feed's settings ({@code claimgraph.change-feed.*}). Scoped to its own prefix: a mapping of all of
 * {@code claimgraph.*} would have to declare every other setting of the service.
 */
@ConfigMapping(prefix = "claimgraph.change-feed")
public interface ChangeFeedConfig {

    /**
     * How long an event every reader has acknowledged stays in the feed before it is pruned: long enough for a
     * claims-service database restored from a backup of that age to read again what it had applied since.
     */
    @WithDefault("30d")
    Duration retention();

    /** How often delivered events past the retention are pruned. */
    @WithDefault("1h")
    Duration pruneInterval();

    /** Prune at all. */
    @WithDefault("true")
    boolean pruning();
}
