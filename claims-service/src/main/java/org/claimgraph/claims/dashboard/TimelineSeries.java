package org.claimgraph.claims.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.claims.claim.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimelineSeries")
@Description("One claimant's line: its figures in date order.")
public class TimelineSeries {

    @NonNull
    public Source claimant;
    @NonNull
    public List<@NonNull TimelinePoint> points = new ArrayList<>();
}
