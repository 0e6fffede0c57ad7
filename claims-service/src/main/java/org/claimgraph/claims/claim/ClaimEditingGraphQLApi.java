package org.claimgraph.claims.claim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.persistence.ResolverSessions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What reviewers and editors do to stored claims, and the history it leaves. Every mutation that changes a claim is in
 * this class, so that one role annotation on it guards them all.
 */
@GraphQLApi
public class ClaimEditingGraphQLApi {

    /** Who is named in a change's history until requests carry an authenticated identity. */
    static final String EDITOR_HEADER = "X-Claimgraph-Editor";

    @Inject
    ClaimEditing editing;
    @Inject
    ClaimService claims;
    @Inject
    CurrentVertxRequest request;

    @Mutation
    @Description("Sets a claim's review status: CONFIRMED, REJECTED (with a note saying why) or back to UNREVIEWED. Bringing back a REJECTED or RETRACTED claim needs a note. Give the version you read: if the claim changed since, the error is CONFLICT and nothing is written.")
    public Uni<@NonNull Claim> reviewClaim(@Id @NonNull String id, @NonNull ClaimStatus status, String note, Integer version) {
        return editing.review(Ids.parse("id", id), status, note, version, actor()).map(Claim::of);
    }

    @Mutation
    @Description("Corrects what was read wrong (any of claimant, document, subject, population, category, figures and qualifier, dates, scope, subgroup, quote); the claim becomes CORRECTED and its history keeps the values before. Checked as recordClaim checks a claim (BAD_USER_INPUT naming input.field); a new claimant or document must exist in sources-service (NOT_FOUND). A correction that would make the claim state what another claim states is CONFLICT on input naming that claim (reject this one as its duplicate instead); a corrected document or quote is the first appearance's. Give the version you read (CONFLICT otherwise).")
    public Uni<@NonNull Claim> correctClaim(@Id @NonNull String id, @NonNull ClaimCorrection input, String reason, Integer version) {
        return editing.correct(Ids.parse("id", id), input, reason, version, actor()).map(Claim::of);
    }

    @Mutation
    @Description("Retracts a claim, with the reason: it stays stored and in its history, and estimates, timelines and revisions leave it out. Give the version you read (CONFLICT otherwise).")
    public Uni<@NonNull Claim> retractClaim(@Id @NonNull String id, @NonNull String reason, Integer version) {
        return editing.retract(Ids.parse("id", id), reason, version, actor()).map(Claim::of);
    }

    @Description("Every change of the claim, oldest first: who, when, why, each field before and after.")
    public Uni<List<@NonNull List<@NonNull ClaimChange>>> history(@org.eclipse.microprofile.graphql.Source List<Claim> claims) {
        List<UUID> ids = claims.stream().map(claim -> UUID.fromString(claim.id)).toList();
        Set<UUID> distinct = new LinkedHashSet<>(ids);
        return ResolverSessions.read(() -> editing.histories(distinct))
                .map(byClaim -> ids.stream().map(id -> byClaim.getOrDefault(id, List.of())).toList());
    }

    @Id
    @Description("The claims found to state what this claim states and merged into it: after their claimants were merged in sources-service (the kept claimant's claim survives), or by the migration that gave claims appearances. Each of these ids answers this claim (claim(id:), reviews and corrections), this claim has their appearances, and its history a MERGED entry for each, beside their own changes (mergedFrom). Their rows as they were are kept. Empty for most claims.")
    public Uni<List<@NonNull List<@NonNull String>>> mergedClaimIds(@org.eclipse.microprofile.graphql.Source List<Claim> batch) {
        List<UUID> ids = batch.stream().map(claim -> UUID.fromString(claim.id)).toList();
        Set<UUID> distinct = new LinkedHashSet<>(ids);
        return ResolverSessions.read(() -> claims.mergedInto(distinct))
                .map(byClaim -> ids.stream().map(id -> byClaim.getOrDefault(id, List.of()).stream().map(UUID::toString).toList()).toList());
    }

    /** The editor named by the request, else "anonymous". */
    private String actor() {
        // who the verified token names; the editor header only where no token names anyone (tools without tokens)
        String verified = org.claimgraph.common.security.Caller.current().who().orElse(null);
        if (verified != null && !verified.isBlank()) {
            return verified.strip().substring(0, Math.min(verified.strip().length(), 200));
        }
        try {
            String editor = request.getCurrent() == null ? null : request.getCurrent().request().getHeader(EDITOR_HEADER);
            return editor == null || editor.isBlank() ? "anonymous" : editor.strip().substring(0, Math.min(editor.strip().length(), 200));
        } catch (ContextNotActiveException noRequest) {
            return "anonymous";
        }
    }
}
