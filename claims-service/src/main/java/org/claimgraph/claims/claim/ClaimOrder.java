package org.claimgraph.claims.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ClaimOrder")
@Description("The order of a claims list. Ties are broken by id, so pages never overlap.")
public enum ClaimOrder {
    @Description("Oldest recorded first (the default).")
    RECORDED("c.id", null),
    @Description("Latest statedOn first.")
    STATED_ON_DESC("c.stated_on", "desc"),
    @Description("Earliest statedOn first.")
    STATED_ON_ASC("c.stated_on", "asc"),
    @Description("Largest figure first (best, else the stated bound).")
    FIGURE_DESC("c.figure", "desc"),
    @Description("Smallest figure first (best, else the stated bound).")
    FIGURE_ASC("c.figure", "asc");

    final String column;
    final String direction;

    ClaimOrder(String column, String direction) {
        this.column = column;
        this.direction = direction;
    }

    /** The sort key of a claim in this order, as text for a cursor; null for {@link #RECORDED}, which sorts by id alone. */
    String keyOf(ClaimEntity claim) {
        return switch (this) {
            case RECORDED -> null;
            case STATED_ON_DESC, STATED_ON_ASC -> claim.statedOn.toString();
            case FIGURE_DESC, FIGURE_ASC -> Integer.toString(claim.figure());
        };
    }

    Object parseKey(String key) {
        return switch (this) {
            case RECORDED -> null;
            case STATED_ON_DESC, STATED_ON_ASC -> java.time.LocalDate.parse(key);
            case FIGURE_DESC, FIGURE_ASC -> Integer.parseInt(key);
        };
    }
}
