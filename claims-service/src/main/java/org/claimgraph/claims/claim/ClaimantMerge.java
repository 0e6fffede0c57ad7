package org.claimgraph.claims.claim;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimgraph.common.persistence.AdvisoryLocks;

/**
 * What a merge of two claimants in sources-service does to their claims here, in the caller's transaction. The merged
 * claimant's claims move to the claimant kept, each with a CLAIMANT_MERGED history entry naming who merged and why,
 * and take the fingerprint they have with the kept claimant. A moved claim that now states what a claim of the kept
 * claimant states ({@link ClaimIdentity}: the same figure for the same thing, for a figure without asOf within
 * {@link ClaimIdentity#SAME_STATEMENT_DAYS} days) is one statement, and becomes one claim:
 * <ul>
 * <li>the kept claimant's claim survives (as the kept source does), with the moved claim's appearances (an
 * appearance in a document the surviving claim appears in already stays only in the record below); its first
 * appearance is the earliest of them all;</li>
 * <li>its status becomes the one set last by a reviewer of either claim (their latest REVIEWED, CORRECTED or
 * RETRACTED change decides; without any, the surviving claim's own), and a MERGED entry in its history, at a new
 * version, names the absorbed claim, the appearances before and after and any change of status;</li>
 * <li>the absorbed claim is not deleted silently: its row and appearances as they were are kept in
 * {@code claims.merged_claim} with a pointer to the surviving claim, its history stays under its id (the surviving
 * claim's history lists it, with {@code mergedFrom}), its id answers the surviving claim ({@code claim(id:)},
 * reviews and corrections), and the surviving claim's {@code mergedClaimIds} lists it.</li>
 * </ul>
 * Claims merged into the absorbed claim before point at the surviving claim from then on, so an id resolves in one step.
 */
@ApplicationScoped
public class ClaimantMerge {

    /** Status decisions of reviewers: the changes that set a claim's status. */
    private static final String DECISIONS = "action in ('REVIEWED', 'CORRECTED', 'RETRACTED')";

    public Uni<Void> moveToKeptClaimant(UUID mergedId, UUID keptId, String actor, String reason) {
        return ClaimEntity.<ClaimEntity> list("claimantId = ?1 order by statedOn, id", mergedId).chain(moved -> {
            if (moved.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Map<UUID, String> fingerprints = new LinkedHashMap<>();
            Map<UUID, Integer> seen = new LinkedHashMap<>();
            for (ClaimEntity claim : moved) {
                ClaimDraft withKept = ClaimDraft.of(claim);
                withKept.claimantId = keptId;
                fingerprints.put(claim.id, ClaimIdentity.fingerprint(withKept));
                seen.put(claim.id, claim.version);
            }
            TreeSet<String> keys = new TreeSet<>(fingerprints.values());
            // recording of these statements waits for the merge, so a report arriving meanwhile finds the one claim
            return AdvisoryLocks.lock(ClaimService.FINGERPRINT_LOCKS, keys)
                    .chain(() -> ClaimEntity.<ClaimEntity> list("claimantId = ?1 and fingerprint in ?2 order by statedOn, id", keptId, keys))
                    .chain(keptClaims -> {
                        List<ClaimEntity> candidates = new ArrayList<>(keptClaims);
                        Map<ClaimEntity, ClaimEntity> absorbedInto = new LinkedHashMap<>();
                        List<ClaimEntity> movedOnly = new ArrayList<>();
                        for (ClaimEntity claim : moved) {
                            String fingerprint = fingerprints.get(claim.id);
                            ClaimEntity same = ClaimIdentity.statementOf(fingerprint, claim.asOf, claim.statedOn, candidates).orElse(null);
                            if (same != null) {
                                absorbedInto.put(claim, same);
                            } else {
                                claim.fingerprint = fingerprint;
                                claim.claimantId = keptId;
                                candidates.add(claim);
                                movedOnly.add(claim);
                            }
                        }
                        Uni<Void> done = Panache.flush();
                        for (ClaimEntity claim : movedOnly) {
                            Map<String, String[]> changes = Map.of("claimantId", new String[] { mergedId.toString(), keptId.toString() });
                            done = done.chain(() -> ClaimEditing.history(claim, seen.get(claim.id) + 1, ClaimChange.Action.CLAIMANT_MERGED,
                                    actor, reason, changes));
                        }
                        return done.chain(() -> absorb(absorbedInto, actor, reason))
                                // the surviving claims' rows were written past the entities this session holds: a later
                                // event of the same batch reads them again
                                .chain(() -> Panache.flush())
                                .chain(() -> Panache.getSession())
                                .invoke(session -> session.clear())
                                .replaceWithVoid();
                    });
        });
    }

    /** Merges each absorbed claim into its surviving claim, one after the other (one survivor may take several). */
    private static Uni<Void> absorb(Map<ClaimEntity, ClaimEntity> absorbedInto, String actor, String reason) {
        Map<UUID, int[]> versions = new LinkedHashMap<>();
        Map<UUID, ClaimStatus[]> statuses = new LinkedHashMap<>();
        Uni<Void> done = Uni.createFrom().voidItem();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Map.Entry<ClaimEntity, ClaimEntity> pair : absorbedInto.entrySet()) {
            ClaimEntity absorbed = pair.getKey();
            ClaimEntity surviving = pair.getValue();
            int[] version = versions.computeIfAbsent(surviving.id, ignored -> new int[] { surviving.version });
            ClaimStatus[] status = statuses.computeIfAbsent(surviving.id, ignored -> new ClaimStatus[] { surviving.status });
            done = done.chain(() -> count(surviving.id).chain(appearancesBefore -> decidedLast(surviving.id, absorbed.id)
                    .chain(decider -> execute("insert into claims.merged_claim (id, merged_into, merged_at, record) select c.id, :kept, :at,"
                            + " jsonb_build_object('claim', to_jsonb(c), 'appearances', (select jsonb_agg(to_jsonb(a) order by a.stated_on, a.id)"
                            + " from claims.claim_appearance a where a.claim_id = c.id)) from claims.claim c where c.id = :merged",
                            Map.of("kept", surviving.id, "at", now, "merged", absorbed.id))
                            .chain(() -> execute("delete from claims.claim_appearance a where a.claim_id = :merged and a.document_id in"
                                    + " (select k.document_id from claims.claim_appearance k where k.claim_id = :kept)",
                                    Map.of("kept", surviving.id, "merged", absorbed.id)))
                            .chain(() -> execute("update claims.claim_appearance set claim_id = :kept where claim_id = :merged",
                                    Map.of("kept", surviving.id, "merged", absorbed.id)))
                            .chain(() -> execute("update claims.merged_claim set merged_into = :kept where merged_into = :merged",
                                    Map.of("kept", surviving.id, "merged", absorbed.id)))
                            .chain(() -> execute("delete from claims.claim where id = :merged", Map.of("merged", absorbed.id)))
                            .chain(() -> count(surviving.id))
                            .chain(appearancesAfter -> {
                                ClaimStatus before = status[0];
                                ClaimStatus after = absorbed.id.equals(decider) ? absorbed.status : before;
                                Map<String, String[]> changes = new LinkedHashMap<>();
                                changes.put("mergedClaim", new String[] { absorbed.id.toString(), surviving.id.toString() });
                                changes.put("appearances", new String[] { String.valueOf(appearancesBefore), String.valueOf(appearancesAfter) });
                                if (after != before) {
                                    changes.put("status", new String[] { before.name(), after.name() });
                                }
                                status[0] = after;
                                version[0]++;
                                String why = "the same statement as this claim once their claimants were merged"
                                        + (reason == null ? "" : " (" + reason + ")") + "; it was " + absorbed.status
                                        + " at version " + absorbed.version;
                                return execute("update claims.claim set status = :status, version = :version where id = :kept",
                                        Map.of("status", after.name(), "version", version[0], "kept", surviving.id))
                                        .chain(() -> ClaimEditing.history(surviving, version[0], ClaimChange.Action.MERGED, actor, why, changes));
                            }))));
        }
        return done;
    }

    /**
     * Which claim a reviewer decided about last: the absorbed one, the surviving one or one merged into it before (whose
     * status the surviving claim took then); the surviving one when nobody decided.
     */
    private static Uni<UUID> decidedLast(UUID surviving, UUID absorbed) {
        return Panache.getSession().chain(session -> session.createNativeQuery("select cast(claim_id as text) from claims.claim_change"
                + " where (claim_id in (:surviving, :absorbed) or claim_id in (select m.id from claims.merged_claim m"
                + " where m.merged_into = :surviving)) and " + DECISIONS + " order by changed_at desc, version desc limit 1", String.class)
                .setParameter("surviving", surviving).setParameter("absorbed", absorbed).getResultList())
                .map(found -> found.isEmpty() ? surviving : UUID.fromString(found.get(0)));
    }

    private static Uni<Integer> count(UUID claim) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select count(*) from claims.claim_appearance where claim_id = :claim", Long.class)
                .setParameter("claim", claim).getSingleResult()).map(Long::intValue);
    }

    private static Uni<Void> execute(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(session -> {
            var statement = session.createNativeQuery(sql);
            parameters.forEach(statement::setParameter);
            return statement.executeUpdate();
        }).replaceWithVoid();
    }
}
