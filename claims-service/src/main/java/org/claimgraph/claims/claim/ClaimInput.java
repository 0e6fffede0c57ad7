package org.claimgraph.claims.claim;

import java.time.LocalDate;

import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.graphql.Ids;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ClaimInput")
@Description("A claim entered by hand. Give low/best/high as UCDP does: 'over 46,000' is low 46000; 'up to 325,000' is "
        + "high 325000; 'between 500,000 and 600,000' is low and high; a point sets best (low and high default to it).")
public class ClaimInput {

    @Id
    @NonNull
    public String documentId;
    @Id
    @NonNull
    public String claimantId;
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
    @Description("Defaults to DAY when periodStart is given.")
    public DatePrecision periodStartPrecision;
    public LocalDate asOf;
    @Description("Defaults to DAY when asOf is given.")
    public DatePrecision asOfPrecision;
    @NonNull
    public String quote;
    public Integer spanStart;
    public Integer spanEnd;
    @Description("The region, town or unit the figure is limited to ('in Donetsk oblast'); leave empty for a national total.")
    public String scope;
    @Description("The part of the population counted: children, women, hostages, a unit; leave empty for all of it.")
    public String subgroup;
    @DefaultValue("1.0")
    public Double confidence;
    @DefaultValue("manual")
    public String extractor;

    /** The claim this input describes, not yet validated; malformed ids are errors naming {@code path.documentId}. */
    public ClaimDraft draft(String path) {
        ClaimDraft draft = new ClaimDraft();
        draft.documentId = Ids.parse(ClaimDraft.field(path, "documentId"), documentId);
        draft.claimantId = Ids.parse(ClaimDraft.field(path, "claimantId"), claimantId);
        draft.subject = subject;
        draft.population = population;
        draft.category = category;
        draft.low = low;
        draft.best = best;
        draft.high = high;
        draft.qualifier = qualifier;
        draft.ratePer = ratePer;
        draft.periodStart = periodStart;
        draft.periodStartPrecision = periodStartPrecision;
        draft.asOf = asOf;
        draft.asOfPrecision = asOfPrecision;
        draft.quote = quote;
        draft.spanStart = spanStart;
        draft.spanEnd = spanEnd;
        draft.scope = scope;
        draft.subgroup = subgroup;
        draft.confidence = confidence == null ? 1.0 : confidence;
        draft.extractor = extractor == null ? "manual" : extractor;
        return draft;
    }
}
