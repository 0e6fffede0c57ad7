package org.claimgraph.claims.claim;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.claimgraph.claims.sources.References;
import org.claimgraph.common.persistence.ResolverSessions;

/**
 * The one way claims are recorded, whoever read them (recordClaim, ingestion): validated drafts whose claimants and
 * documents sources-service has confirmed are stored in one transaction with this service's copies of those
 * claimants and documents. A statement stored before gets the draft's document as another appearance; recording the
 * same appearance again returns the stored claim ({@link ClaimService#recordAll}).
 */
@ApplicationScoped
public class ClaimRecording {

    @Inject
    ClaimService claims;
    @Inject
    References references;

    /**
     * @param drafts validated drafts ({@link ClaimDraft#validated(String)})
     * @param claimants the drafts' claimants as sources-service has them
     * @param documents the drafts' documents as sources-service has them; a claim counts from its document's
     *        publication date when it has no asOf
     */
    public Uni<List<ClaimService.Recorded>> record(List<ClaimDraft> drafts, Collection<References.Claimant> claimants,
            Collection<References.DocumentReference> documents) {
        Map<UUID, LocalDate> publishedOn = new HashMap<>();
        documents.forEach(document -> publishedOn.put(document.id(), document.publishedOn()));
        return ResolverSessions.write(() -> references.store(claimants, documents).chain(() -> claims.recordAll(drafts, publishedOn)));
    }
}
