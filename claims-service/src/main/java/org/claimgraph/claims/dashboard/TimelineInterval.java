package org.claimgraph.claims.dashboard;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TimelineInterval")
@Description("How finely a timeline is drawn: one point per claimant and interval, the latest figure within it.")
public enum TimelineInterval {
    DAY, WEEK, MONTH, YEAR;

    /** The field name PostgreSQL's date_trunc takes. */
    String sqlField() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
