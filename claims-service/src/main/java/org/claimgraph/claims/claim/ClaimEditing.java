package org.claimgraph.claims.claim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.claimgraph.claims.sources.References;
import org.claimgraph.common.graphql.ApiException;
import org.claimgraph.common.graphql.ConflictException;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.graphql.NotFoundException;
import org.claimgraph.common.history.ChangeLog;
import org.claimgraph.common.persistence.ResolverSessions;

/**
 * Review and corrections of stored claims. Every change runs in one transaction: the claim is read, checked against
 * the version the client saw, changed, and a {@code claims.claim_change} row records who, when, why and each field
 * before and after. Two changes made on the same version cannot both win: the second is a CONFLICT naming the
 * version (the entity's {@code @Version} catches the race the check cannot). Nothing is deleted.
 */
@ApplicationScoped
public class ClaimEditing {

    static final int MAX_REASON = 2000;

    @Inject
    References references;
    @Inject
    ClaimService claims;

    public Uni<ClaimEntity> review(UUID id, ClaimStatus status, String note, Integer version, String actor) {
        if (status == ClaimStatus.CORRECTED) {
            throw new InvalidInputException("status", "CORRECTED is set by correctClaim, with the corrected values");
        }
        if (status == ClaimStatus.RETRACTED) {
            throw new InvalidInputException("status", "RETRACTED is set by retractClaim, with its reason");
        }
        String reason = optionalReason("note", note);
        return change(id, version, actor, reason, ClaimChange.Action.REVIEWED, claim -> {
            if (claim.status == status) {
                throw new InvalidInputException("status", "the claim is " + status + " already");
            }
            if (reason == null && (status == ClaimStatus.REJECTED || claim.status.withdrawn())) {
                throw new InvalidInputException("note", status == ClaimStatus.REJECTED ? "a rejection needs a note saying why"
                        : "bringing back a " + claim.status + " claim needs a note saying why");
            }
            claim.status = status;
            return Uni.createFrom().voidItem();
        });
    }

    public Uni<ClaimEntity> retract(UUID id, String reason, Integer version, String actor) {
        String why = optionalReason("reason", reason);
        if (why == null) {
            throw new InvalidInputException("reason", "must not be empty: a retraction says why");
        }
        return change(id, version, actor, why, ClaimChange.Action.RETRACTED, claim -> {
            if (claim.status == ClaimStatus.RETRACTED) {
                throw new InvalidInputException("id", "the claim is retracted already");
            }
            claim.status = ClaimStatus.RETRACTED;
            return Uni.createFrom().voidItem();
        });
    }

    /** Applies a correction; a new claimant or document is looked up in sources-service first (NOT_FOUND on its field). */
    public Uni<ClaimEntity> correct(UUID id, ClaimCorrection input, String reason, Integer version, String actor) {
        String why = optionalReason("reason", reason);
        // The input's own errors before any call: ids, and every field that is checked without the stored claim.
        UUID claimantId = input.claimantId == null ? null : Ids.parse("input.claimantId", input.claimantId);
        UUID documentId = input.documentId == null ? null : Ids.parse("input.documentId", input.documentId);
        Uni<References.Claimant> claimant = claimantId == null ? Uni.createFrom().nullItem()
                : references.claimant(claimantId, "input.claimantId");
        Uni<References.DocumentReference> document = documentId == null ? Uni.createFrom().nullItem()
                : references.document(documentId, "input.documentId");
        return claimant.chain(foundClaimant -> document.chain(foundDocument -> change(id, version, actor, why,
                ClaimChange.Action.CORRECTED, claim -> {
                    if (claim.status == ClaimStatus.RETRACTED) {
                        throw new InvalidInputException("id", "a retracted claim cannot be corrected; bring it back with reviewClaim first");
                    }
                    ClaimDraft corrected = input.applyTo(ClaimDraft.of(claim), "input").validated("input");
                    if (foundClaimant != null) {
                        corrected.claimantId = foundClaimant.id(); // a merged claimant's id answers the one kept
                    }
                    if (ClaimDraft.of(claim).changes(corrected).isEmpty()) {
                        throw new InvalidInputException("input", "changes nothing in the claim");
                    }
                    return AppearanceEntity.<AppearanceEntity> list("claimId = ?1 order by statedOn, recordedAt, id", claim.id)
                            .chain(appearances -> collision(claim, corrected, foundDocument, appearances)
                                    .chain(() -> references.store(foundClaimant == null ? List.of() : List.of(foundClaimant),
                                            foundDocument == null ? List.of() : List.of(foundDocument)))
                                    .invoke(() -> {
                                        // The document and quote corrected are the first appearance's; the claim shows
                                        // them once the database has them (trigger claim_appearance_changed). The
                                        // appearance keeps its reading: the article read again finds the corrected claim.
                                        AppearanceEntity first = appearances.get(0);
                                        first.documentId = corrected.documentId;
                                        first.quote = corrected.quote;
                                        claim.apply(corrected, foundDocument == null ? null : foundDocument.publishedOn());
                                        claim.status = ClaimStatus.CORRECTED;
                                    }));
                })));
    }

    /**
     * A correction that makes the claim say what another claim says would make two claims of one statement. It is
     * refused (CONFLICT naming the other claim) rather than merged: a merge would change the other claim, its status
     * and its appearances, which the editor did not name and may not have seen; rejecting this claim as the other's
     * duplicate (with a note) says the same and keeps both records. Moving the first appearance to a document that
     * reports the claim already is refused the same way.
     */
    private static Uni<Void> collision(ClaimEntity claim, ClaimDraft corrected, References.DocumentReference newDocument,
            List<AppearanceEntity> appearances) {
        if (!corrected.documentId.equals(claim.documentId)
                && appearances.stream().anyMatch(appearance -> appearance.documentId.equals(corrected.documentId))) {
            throw new ConflictException("input.documentId", "the claim appears in document " + corrected.documentId
                    + " already; its first appearance cannot move there");
        }
        String fingerprint = ClaimIdentity.fingerprint(corrected);
        // the date the corrected claim would count from: asOf, else its first appearance's report
        java.time.LocalDate statedOn = corrected.asOf != null ? corrected.asOf
                : newDocument != null ? AppearanceEntity.reportedOn(newDocument.publishedOn(), appearances.get(0).recordedAt)
                : appearances.get(0).statedOn;
        return ClaimEntity.<ClaimEntity> list("fingerprint = ?1 and id <> ?2", fingerprint, claim.id)
                .invoke(others -> ClaimIdentity.statementOf(fingerprint, corrected.asOf, statedOn, others).ifPresent(same -> {
                    throw new ConflictException("input", "the corrected claim would be claim " + same.id
                            + ", which states the same; reject this one as its duplicate instead");
                }))
                .replaceWithVoid();
    }

    /**
     * The one way a claim changes: read it, check the version, let {@code edit} change it, write the change and its
     * history row, all in one transaction.
     */
    private Uni<ClaimEntity> change(UUID id, Integer expectedVersion, String actor, String reason, ClaimChange.Action action,
            Function<ClaimEntity, Uni<Void>> edit) {
        return ResolverSessions.write(() -> ClaimService.find(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("id", "claim", id))
                .chain(claim -> {
                    if (expectedVersion != null && expectedVersion != claim.version) {
                        throw new ConflictException("version", "the claim is at version " + claim.version + ", not "
                                + expectedVersion + ": it was changed meanwhile; read it again and redo the change");
                    }
                    int seen = claim.version;
                    ClaimDraft before = ClaimDraft.of(claim);
                    ClaimStatus statusBefore = claim.status;
                    return edit.apply(claim)
                            .chain(() -> Panache.flush())
                            .chain(() -> Panache.getSession().chain(session -> session.refresh(claim)))
                            .chain(() -> {
                                Map<String, String[]> changes = new LinkedHashMap<>();
                                if (statusBefore != claim.status) {
                                    changes.put("status", new String[] { statusBefore.name(), claim.status.name() });
                                }
                                changes.putAll(before.changes(ClaimDraft.of(claim)));
                                return history(claim, seen + 1, action, actor, reason, changes);
                            })
                            .replaceWith(claim);
                }))
                .onFailure(ClaimEditing::concurrent).transform(failure -> new ConflictException("version",
                        "the claim was changed meanwhile by someone else; read it again (it is past version "
                                + (expectedVersion == null ? "you saw" : expectedVersion) + ") and redo the change"));
    }

    private static final ChangeLog HISTORY = new ChangeLog("claims.claim_change", "claim_id", null);

    static Uni<Void> history(ClaimEntity claim, int version, ClaimChange.Action action, String actor, String reason,
            Map<String, String[]> changes) {
        return HISTORY.append(claim.id, version, action.name(), actor, reason, changes);
    }

    /**
     * The history of each claim, oldest change first, in two SQL queries. A claim into which others were merged as the
     * same statement (migration V8, or a merge of their claimants: ClaimantMerge) shows their changes too, each naming the claim it was made to ({@code mergedFrom}).
     * Expects a session of the caller.
     */
    public Uni<Map<UUID, List<ClaimChange>>> histories(Set<UUID> claims) {
        return this.claims.mergedInto(claims).chain(merged -> {
            Set<UUID> all = new TreeSet<>(claims);
            Map<UUID, UUID> keptOf = new LinkedHashMap<>();
            merged.forEach((kept, ids) -> ids.forEach(id -> keptOf.put(id, kept)));
            all.addAll(keptOf.keySet());
            return HISTORY.of(all).map(byClaim -> {
                Map<UUID, List<ClaimChange>> changes = new LinkedHashMap<>();
                byClaim.forEach((id, stored) -> {
                    UUID kept = keptOf.get(id);
                    stored.forEach(entry -> {
                        ClaimChange change = ClaimChange.of(entry);
                        change.mergedFrom = kept == null ? null : id.toString();
                        changes.computeIfAbsent(kept == null ? id : kept, ignored -> new java.util.ArrayList<>()).add(change);
                    });
                });
                changes.values().forEach(list -> list.sort(java.util.Comparator.comparing((ClaimChange change) -> change.at)));
                return changes;
            });
        });
    }

    private static boolean concurrent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException) {
                return false;
            }
            String name = cause.getClass().getName();
            if (name.endsWith("OptimisticLockException") || name.endsWith("StaleObjectStateException")
                    || name.endsWith("StaleStateException")) {
                return true;
            }
        }
        return false;
    }

    private static String optionalReason(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_REASON) {
            throw new InvalidInputException(field, "must be at most " + MAX_REASON + " characters");
        }
        return text.strip();
    }
}
