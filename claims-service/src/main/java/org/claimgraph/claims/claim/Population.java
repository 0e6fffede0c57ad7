package org.claimgraph.claims.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Population")
@Description("Whose losses within a side: soldiers, civilians, or both.")
public enum Population {
    MILITARY,
    CIVILIAN,
    ALL
}
