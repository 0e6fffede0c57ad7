package org.claimgraph.claims.ingestion;

import org.claimgraph.claims.claim.Claim;
import org.claimgraph.claims.claim.Document;

/** The GraphQL {@code Ingestion} of what {@link IngestionService#ingest} stored, for the APIs that ingest pages and feeds. */
public final class IngestionResults {

    private IngestionResults() {
    }

    public static Ingestion of(IngestionService.Result result) {
        Ingestion ingested = new Ingestion();
        ingested.document = new Document();
        ingested.document.id = result.documentId();
        ingested.claims = result.claims().stream().map(r -> Claim.of(r.claim())).toList();
        ingested.created = (int) result.claims().stream().filter(r -> r.created()).count();
        ingested.unchanged = result.claims().size() - ingested.created;
        ingested.unattributed = result.unattributed().stream().map(ClaimPreview::of).toList();
        return ingested;
    }
}
