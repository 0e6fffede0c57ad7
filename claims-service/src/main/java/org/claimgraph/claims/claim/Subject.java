package org.claimgraph.claims.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Subject")
@Description("Whose losses claims are about, by its canonical name: 'Gaza' and 'Palestinians' are Palestine. Every subject argument accepts any alias.")
public class Subject {

    @NonNull
    public String name;
    @Description("How many claims are about it.")
    public int claims;
    @Description("How many of them are national totals (no scope or subgroup).")
    public int nationalClaims;
}
