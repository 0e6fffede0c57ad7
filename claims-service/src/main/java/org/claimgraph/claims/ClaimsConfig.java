package org.claimgraph.claims;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** claims-service's settings ({@code claimgraph.*}), in one place. */
@ConfigMapping(prefix = "claimgraph")
public interface ClaimsConfig {

    Ingestion ingestion();

    Dashboard dashboard();

    Export export();

    Paging paging();

    SourcesFeed sourcesFeed();

    interface Ingestion {
        /** The largest article text ingestArticle and extractClaims accept, in bytes of UTF-8. */
        @WithDefault("1048576")
        int maxTextBytes();

        /** The most articles one ingestArticles call takes (sources-service takes at most 100 in one call). */
        @WithDefault("50")
        int maxBatchArticles();

        /** How many articles of one ingestArticles call store their claims at once, each in its own transaction. */
        @WithDefault("4")
        int batchConcurrency();
    }

    interface Dashboard {
        /** The most points a timeline returns; beyond it the client is asked to narrow it. */
        @WithDefault("5000")
        int maxTimelinePoints();

        /** The most claimants a timeline draws. */
        @WithDefault("100")
        int maxTimelineClaimants();

        /** The most statements revisions returns. */
        @WithDefault("1000")
        int maxRevisions();
    }

    interface Export {
        /** Exports stream in keyset batches of this many claims. */
        @WithDefault("1000")
        int batchSize();
    }

    interface SourcesFeed {
        /** Follow sources-service's change feed at all (the copies of claimants and documents follow its edits). */
        @WithDefault("true")
        boolean enabled();

        /** How long after a poll that found nothing new the next one starts. */
        @WithDefault("1s")
        java.time.Duration pollInterval();

        /** The longest wait between polls while sources-service cannot be reached (the wait doubles up to it). */
        @WithDefault("30s")
        java.time.Duration maxRetryInterval();

        /** Events read per poll. */
        @WithDefault("100")
        int batchSize();

        /**
         * The {@code Authorization} header value for reading the feed, where sources-service needs a reader's token
         * (CLAIMGRAPH_ANONYMOUS_READS=false there); none by default.
         */
        java.util.Optional<String> authorization();

        /**
         * The name this service acknowledges the feed's positions under once applied (acknowledgeChangeFeed, which
         * needs an editor's token in {@code authorization}): sources-service prunes only what every reader has
         * acknowledged. Replicas share the name, as they share the position.
         */
        @WithDefault("claims-service")
        String readerName();
    }

    interface Paging {
        /** The largest page ({@code first}) a client may ask for; read by service-commons' Paging. */
        @WithDefault("500")
        int maxPageSize();
    }
}
