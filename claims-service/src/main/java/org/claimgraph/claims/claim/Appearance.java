package org.claimgraph.claims.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ClaimAppearance")
@Description("One document reporting a claim (schema.org's appearance): the document, the sentence it was read from there and where. "
        + "A claim said once and reported by several documents has one appearance per document.")
public class Appearance {

    @Description("The document; null only when the gateway could not reach sources-service (an error says so).")
    public Document document;
    @NonNull
    @Description("The sentence the claim was read from in this document, verbatim.")
    public String quote;
    @Description("Character offset of the quote in this document's text.")
    public Integer spanStart;
    public Integer spanEnd;
    @NonNull
    @Description("The day this document reported the claim: its publication date, else the day the appearance was recorded.")
    public LocalDate statedOn;
    @NonNull
    public OffsetDateTime recordedAt;
    @NonNull
    @Description("0..1: how sure the extractor is that it read the claim right in this document; 1 for manual entry.")
    public double confidence;
    @NonNull
    @Description("What read the claim from this document: 'manual' or an extractor such as 'rules/1'.")
    public String extractor;

    public static Appearance of(AppearanceEntity entity) {
        Appearance appearance = new Appearance();
        appearance.document = Document.reference(entity.documentId);
        appearance.quote = entity.quote;
        appearance.spanStart = entity.spanStart;
        appearance.spanEnd = entity.spanEnd;
        appearance.statedOn = entity.statedOn;
        appearance.recordedAt = entity.recordedAt;
        appearance.confidence = entity.confidence;
        appearance.extractor = entity.extractor;
        return appearance;
    }

    /**
     * The first appearance a claim shows itself, for a claim whose appearance rows are missing: every claim recorded
     * here or migrated has them, but a bulk load written straight into claims.claim may not.
     */
    static Appearance shownBy(Claim claim) {
        Appearance appearance = new Appearance();
        appearance.document = claim.document;
        appearance.quote = claim.quote;
        appearance.spanStart = claim.spanStart;
        appearance.spanEnd = claim.spanEnd;
        appearance.statedOn = claim.asOf != null ? claim.recordedAt.toLocalDate() : claim.statedOn;
        appearance.recordedAt = claim.recordedAt;
        appearance.confidence = claim.confidence;
        appearance.extractor = claim.extractor;
        return appearance;
    }
}
