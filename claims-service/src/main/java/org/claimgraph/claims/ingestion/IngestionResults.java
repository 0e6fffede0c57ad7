package org.claimgraph.claims.ingestion;

import org.claimgraph.claims.claim.Appearance;
import org.claimgraph.claims.claim.Claim;
import org.claimgraph.claims.claim.ClaimService;
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
        ingested.appearances = result.claims().stream().map(r -> Appearance.of(r.appearance())).toList();
        ingested.created = count(result, ClaimService.Outcome.CREATED);
        ingested.appeared = count(result, ClaimService.Outcome.APPEARED);
        ingested.unchanged = count(result, ClaimService.Outcome.UNCHANGED);
        ingested.unattributed = result.unattributed().stream().map(ClaimPreview::of).toList();
        return ingested;
    }

    private static int count(IngestionService.Result result, ClaimService.Outcome outcome) {
        return (int) result.claims().stream().filter(recorded -> recorded.outcome() == outcome).count();
    }
}
