package org.claimgraph.claims.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Side")
@Description("Where a claimant stands towards the side whose losses are counted (by the claimant's affiliation).")
public enum Side {
    @Description("Affiliated with the side whose losses are counted (Ukraine's General Staff on Ukrainian losses).")
    OWN_SIDE,
    @Description("Affiliated with that side's adversary (Russia's defence ministry on Ukrainian losses).")
    ADVERSARY,
    @Description("Everyone else: other governments, think tanks, international organizations, media, unaffiliated people.")
    THIRD_PARTY
}
