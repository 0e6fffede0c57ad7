package org.claimgraph.claims.ingestion;

import java.time.LocalDate;

import org.claimgraph.claims.claim.CasualtyCategory;
import org.claimgraph.claims.claim.Population;
import org.claimgraph.claims.claim.Qualifier;
import org.claimgraph.claims.claim.RatePer;
import org.claimgraph.claims.extraction.ExtractedClaim;
import org.claimgraph.common.graphql.DatePrecision;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ClaimPreview")
@Description("A claim read from a text but not stored: the claimant is the name as written (titles dropped, short forms "
        + "expanded within the text), null when nobody is named.")
public class ClaimPreview {

    public String claimant;
    @NonNull
    @Description("How the claimant was found: named in the sentence, by a pronoun, from the sentence before or after, or not at all.")
    public ClaimAttribution attribution;
    @NonNull
    public String subject;
    @NonNull
    public Population population;
    @NonNull
    public CasualtyCategory category;
    public Integer low;
    public Integer best;
    public Integer high;
    @NonNull
    public Qualifier qualifier;
    public RatePer ratePer;
    public LocalDate periodStart;
    public DatePrecision periodStartPrecision;
    public LocalDate asOf;
    public DatePrecision asOfPrecision;
    @NonNull
    @Description("The sentence the figure is in, verbatim.")
    public String quote;
    @Description("Offset of the sentence in the text, in UTF-16 code units.")
    public int spanStart;
    public int spanEnd;
    @NonNull
    @Description("The figure as written, with its qualifier: 'over 46,000'.")
    public String figure;
    @Description("0..1: lower when the claimant, whose losses or what is counted had to be inferred.")
    public double confidence;
    @Description("The region, town or unit the figure is limited to; null for a national total.")
    public String scope;
    @Description("The part of the population counted (children, women, hostages, a unit); null for all of it.")
    public String subgroup;

    static ClaimPreview of(ExtractedClaim claim) {
        ClaimPreview preview = new ClaimPreview();
        preview.claimant = claim.claimant();
        preview.attribution = ClaimAttribution.valueOf(claim.attribution().name());
        preview.subject = claim.subject();
        preview.population = claim.population();
        preview.category = claim.category();
        preview.low = claim.low();
        preview.best = claim.best();
        preview.high = claim.high();
        preview.qualifier = claim.qualifier();
        preview.ratePer = claim.ratePer();
        preview.periodStart = claim.periodStart();
        preview.periodStartPrecision = claim.periodStartPrecision();
        preview.asOf = claim.asOf();
        preview.asOfPrecision = claim.asOfPrecision();
        preview.quote = claim.quote();
        preview.spanStart = claim.spanStart();
        preview.spanEnd = claim.spanEnd();
        preview.figure = claim.figure();
        preview.confidence = claim.confidence();
        preview.scope = claim.scope();
        preview.subgroup = claim.subgroup();
        return preview;
    }
}
