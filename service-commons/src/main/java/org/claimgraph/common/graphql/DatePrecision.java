package org.claimgraph.common.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DatePrecision")
@Description("How much of a date is known: 'February 2025' is MONTH, stored as 2025-02-01.")
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
