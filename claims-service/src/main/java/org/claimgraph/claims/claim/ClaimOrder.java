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
    FIGURE_ASC("c.figure", "asc"),
    @Description("Least sure first (lowest confidence): the review queue's order.")
    CONFIDENCE_ASC("c.confidence", "asc"),
    @Description("Surest first (highest confidence).")
    CONFIDENCE_DESC("c.confidence", "desc");

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
            // a float's shortest decimal reads back as the same float, so ties compare equal after the cursor
            case CONFIDENCE_ASC, CONFIDENCE_DESC -> Float.toString(claim.confidence);
        };
    }

    Object parseKey(String key) {
        return switch (this) {
            case RECORDED -> null;
            case STATED_ON_DESC, STATED_ON_ASC -> java.time.LocalDate.parse(key);
            case FIGURE_DESC, FIGURE_ASC -> Integer.parseInt(key);
            case CONFIDENCE_ASC, CONFIDENCE_DESC -> parseConfidence(key);
        };
    }

    /** The key as SQL compares it with the column: confidence is a {@code real}, compared as one so ties stay ties. */
    String keyParameter() {
        return this == CONFIDENCE_ASC || this == CONFIDENCE_DESC ? "cast(:afterKey as real)" : ":afterKey";
    }

    private static Float parseConfidence(String key) {
        float confidence = Float.parseFloat(key);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new NumberFormatException(key);
        }
        return confidence;
    }
}
