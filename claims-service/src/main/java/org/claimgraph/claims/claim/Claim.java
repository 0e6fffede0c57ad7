package org.claimgraph.claims.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.claimgraph.common.graphql.DatePrecision;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Claim")
@Description("A figure someone stated about losses in a war, with its provenance. A fact about what was said, not a verdict.")
public class Claim {

    @Id
    @NonNull
    public String id;
    // Nullable on purpose: through the gateway these are completed by sources-service, and when it is unavailable a
    // null here (with an error naming it) keeps the rest of the claim instead of nulling the whole list.
    @Description("The document the claim first appeared in (firstAppearance's; appearances lists all); null only when the gateway could not reach sources-service (an error says so).")
    public Document document;
    @Description("Who makes the claim; null only when the gateway could not reach sources-service (an error says so).")
    public Source claimant;
    @NonNull
    @Description("Whose losses: Ukraine, Russia, ...")
    public String subject;
    @NonNull
    public Population population;
    @NonNull
    public CasualtyCategory category;
    @Description("Lower bound; null for 'up to' figures.")
    public Integer low;
    @Description("The central figure; null for a bare bound.")
    public Integer best;
    @Description("Upper bound; null for 'over' figures.")
    public Integer high;
    @NonNull
    public Qualifier qualifier;
    @Description("Set when the figure is a rate ('800 killed daily').")
    public RatePer ratePer;
    @Description("Since when the figure counts ('since February 24, 2022').")
    public LocalDate periodStart;
    public DatePrecision periodStartPrecision;
    @Description("When the figure holds ('as of February 2025').")
    public LocalDate asOf;
    public DatePrecision asOfPrecision;
    @NonNull
    @Description("The sentence the claim was read from in its first appearance, verbatim (each appearance has its own).")
    public String quote;
    @Description("Character offset of the quote in the first appearance's document text.")
    public Integer spanStart;
    public Integer spanEnd;
    @Description("The region, town or unit the figure is limited to; null for a national total.")
    public String scope;
    @Description("The part of the population counted (children, women, hostages, a unit); null for all of it.")
    public String subgroup;
    @NonNull
    @Description("0..1: how sure the extractor is that it read the claim right where it was first recorded; 1 for manual entry.")
    public double confidence;
    @NonNull
    @Description("What recorded the claim: 'manual' or an extractor such as 'rules/1'.")
    public String extractor;
    @NonNull
    public OffsetDateTime recordedAt;
    @NonNull
    @Description("Where the claim stands in review; claim.history says who changed it, when and why.")
    public ClaimStatus status;
    @Description("Incremented by every change; pass it to reviewClaim, correctClaim or retractClaim so that a change made meanwhile is not overwritten (CONFLICT).")
    public int version;
    @NonNull
    @Description("The date the claim counts from in estimates and timelines: asOf, else its first appearance's publication date, else the day it was recorded.")
    public LocalDate statedOn;

    public static Claim of(ClaimEntity entity) {
        Claim claim = new Claim();
        claim.id = entity.id.toString();
        claim.document = Document.reference(entity.documentId);
        claim.claimant = Source.reference(entity.claimantId);
        claim.subject = entity.subject;
        claim.population = entity.population;
        claim.category = entity.category;
        claim.low = entity.low;
        claim.best = entity.best;
        claim.high = entity.high;
        claim.qualifier = entity.qualifier;
        claim.ratePer = entity.ratePer;
        claim.periodStart = entity.periodStart;
        claim.periodStartPrecision = entity.periodStartPrecision;
        claim.asOf = entity.asOf;
        claim.asOfPrecision = entity.asOfPrecision;
        claim.quote = entity.quote;
        claim.spanStart = entity.spanStart;
        claim.spanEnd = entity.spanEnd;
        claim.scope = entity.scope;
        claim.subgroup = entity.subgroup;
        claim.confidence = entity.confidence;
        claim.extractor = entity.extractor;
        claim.recordedAt = entity.recordedAt;
        claim.status = entity.status;
        claim.version = entity.version;
        claim.statedOn = entity.statedOn;
        return claim;
    }
}
