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

    interface Ingestion {
        /** The largest article text ingestArticle and extractClaims accept, in bytes of UTF-8. */
        @WithDefault("1048576")
        int maxTextBytes();
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

    interface Paging {
        /** The largest page ({@code first}) a client may ask for; read by service-commons' Paging. */
        @WithDefault("500")
        int maxPageSize();
    }
}
