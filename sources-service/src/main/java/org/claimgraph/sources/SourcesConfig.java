package org.claimgraph.sources;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** sources-service's settings ({@code claimgraph.*}). */
@ConfigMapping(prefix = "claimgraph")
public interface SourcesConfig {

    ChangeFeed changeFeed();

    interface ChangeFeed {
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
}
