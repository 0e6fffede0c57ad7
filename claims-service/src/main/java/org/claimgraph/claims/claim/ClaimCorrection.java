package org.claimgraph.claims.claim;

import java.time.LocalDate;
import java.util.List;

import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.graphql.Ids;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ClaimCorrection")
@Description("What to change in a claim; fields left out keep their value. The figures go together: give any of qualifier, "
        + "low, best and high and the four are taken from here (qualifier defaults to the claim's), as in ClaimInput. A date "
        + "given takes its precision from here too (default DAY). clear empties optional fields.")
public class ClaimCorrection {

    @Id
    @Description("Another claimant (it must exist in sources-service).")
    public String claimantId;
    @Id
    @Description("Another document (it must exist in sources-service); the claim's statedOn follows its publication date.")
    public String documentId;
    public String subject;
    public Population population;
    public CasualtyCategory category;
    public Qualifier qualifier;
    public Integer low;
    public Integer best;
    public Integer high;
    public RatePer ratePer;
    public LocalDate periodStart;
    public DatePrecision periodStartPrecision;
    public LocalDate asOf;
    public DatePrecision asOfPrecision;
    public String scope;
    public String subgroup;
    public String quote;
    @Description("Optional fields to empty: a rate that is a total, a date that was misread, a scope that is national.")
    public List<@NonNull ClaimField> clear;

    /** Fields a correction can empty. */
    @org.eclipse.microprofile.graphql.Enum("ClaimField")
    public enum ClaimField {
        RATE_PER, PERIOD_START, AS_OF, SCOPE, SUBGROUP
    }

    /** The stored claim's draft with this correction applied, not yet validated; malformed ids name {@code path.claimantId}. */
    public ClaimDraft applyTo(ClaimDraft stored, String path) {
        ClaimDraft draft = stored.copy();
        if (claimantId != null) {
            draft.claimantId = Ids.parse(ClaimDraft.field(path, "claimantId"), claimantId);
        }
        if (documentId != null) {
            draft.documentId = Ids.parse(ClaimDraft.field(path, "documentId"), documentId);
        }
        draft.subject = subject != null ? subject : draft.subject;
        draft.population = population != null ? population : draft.population;
        draft.category = category != null ? category : draft.category;
        if (qualifier != null || low != null || best != null || high != null) {
            draft.qualifier = qualifier != null ? qualifier : draft.qualifier;
            draft.low = low;
            draft.best = best;
            draft.high = high;
        }
        draft.ratePer = ratePer != null ? ratePer : draft.ratePer;
        if (periodStart != null) {
            draft.periodStart = periodStart;
            draft.periodStartPrecision = periodStartPrecision;
        } else if (periodStartPrecision != null) {
            draft.periodStartPrecision = periodStartPrecision;
        }
        if (asOf != null) {
            draft.asOf = asOf;
            draft.asOfPrecision = asOfPrecision;
        } else if (asOfPrecision != null) {
            draft.asOfPrecision = asOfPrecision;
        }
        draft.scope = scope != null ? scope : draft.scope;
        draft.subgroup = subgroup != null ? subgroup : draft.subgroup;
        draft.quote = quote != null ? quote : draft.quote;
        for (ClaimField field : clear == null ? List.<ClaimField> of() : clear) {
            switch (field) {
                case RATE_PER -> draft.ratePer = null;
                case PERIOD_START -> {
                    draft.periodStart = null;
                    draft.periodStartPrecision = null;
                }
                case AS_OF -> {
                    draft.asOf = null;
                    draft.asOfPrecision = null;
                }
                case SCOPE -> draft.scope = null;
                case SUBGROUP -> draft.subgroup = null;
            }
        }
        return draft;
    }
}
