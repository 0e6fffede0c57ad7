package org.claimgraph.claims.claim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.claimgraph.common.persistence.ResolverSessions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Where each claim appeared: {@code Claim.appearances} and {@code Claim.firstAppearance}, batched per request level. */
@GraphQLApi
public class AppearanceGraphQLApi {

    @Inject
    ClaimService claims;

    @Description("Every document that reported the claim, earliest first (by the document's publication date, then by when it was recorded). "
            + "One statement reported by several documents is one claim with several appearances.")
    public Uni<List<@NonNull List<@NonNull Appearance>>> appearances(@Source List<Claim> batch) {
        return byClaim(batch).map(byClaim -> batch.stream().map(claim -> {
            List<AppearanceEntity> stored = byClaim.get(UUID.fromString(claim.id));
            return stored == null ? List.of(Appearance.shownBy(claim)) : stored.stream().map(Appearance::of).toList();
        }).toList());
    }

    @Description("The earliest document that reported the claim (schema.org's firstAppearance): the claim's document, quote and span are this appearance's.")
    public Uni<List<@NonNull Appearance>> firstAppearance(@Source List<Claim> batch) {
        return byClaim(batch).map(byClaim -> batch.stream().map(claim -> {
            List<AppearanceEntity> stored = byClaim.get(UUID.fromString(claim.id));
            return stored == null ? Appearance.shownBy(claim) : Appearance.of(stored.get(0));
        }).toList());
    }

    private Uni<Map<UUID, List<AppearanceEntity>>> byClaim(List<Claim> batch) {
        Set<UUID> ids = new LinkedHashSet<>();
        batch.forEach(claim -> ids.add(UUID.fromString(claim.id)));
        return ResolverSessions.read(() -> claims.appearances(ids));
    }
}
