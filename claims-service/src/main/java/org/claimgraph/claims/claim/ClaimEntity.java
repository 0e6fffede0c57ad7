package org.claimgraph.claims.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.graphql.Ids;

@Entity
@Table(name = "claim", schema = "claims")
/** A claim as stored; compared with others as {@link ClaimIdentity} says. */
public class ClaimEntity extends PanacheEntityBase implements ClaimIdentity.Candidate {

    @Id
    public UUID id;
    // The first appearance's document, quote and span (ClaimAppearance, earliest first): written with a new claim, then
    // kept by the database (trigger claim_appearance_changed) as appearances are added, corrected or re-dated.
    @Column(name = "document_id", nullable = false, updatable = false)
    public UUID documentId;
    @Column(name = "claimant_id", nullable = false)
    public UUID claimantId;
    @Column(nullable = false, columnDefinition = "text")
    public String subject;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "text")
    public Population population;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "text")
    public CasualtyCategory category;
    public Integer low;
    public Integer best;
    public Integer high;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "text")
    public Qualifier qualifier;
    @Enumerated(EnumType.STRING)
    @Column(name = "rate_per", columnDefinition = "text")
    public RatePer ratePer;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_start_precision", columnDefinition = "text")
    public DatePrecision periodStartPrecision;
    @Column(name = "as_of")
    public LocalDate asOf;
    @Enumerated(EnumType.STRING)
    @Column(name = "as_of_precision", columnDefinition = "text")
    public DatePrecision asOfPrecision;
    @Column(nullable = false, columnDefinition = "text", updatable = false)
    public String quote;
    @Column(name = "span_start", updatable = false)
    public Integer spanStart;
    @Column(name = "span_end", updatable = false)
    public Integer spanEnd;
    @Column(columnDefinition = "text")
    public String scope;
    @Column(columnDefinition = "text")
    public String subgroup;
    @Column(nullable = false)
    public float confidence;
    @Column(nullable = false, columnDefinition = "text")
    public String extractor;
    /** {@link ClaimIdentity#fingerprint}: what the claim says, whoever reported it. */
    @Column(nullable = false, columnDefinition = "text")
    public String fingerprint;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "text")
    public ClaimStatus status;
    /** Incremented by every change: a change made on an older version fails (optimistic locking). */
    @Version
    @Column(nullable = false)
    public int version;
    /** The date the claim counts from: asOf, else the document's publication date, else the day it was recorded. */
    @Column(name = "stated_on", nullable = false)
    public LocalDate statedOn;

    /**
     * A new claim of a validated draft, recorded now.
     *
     * @param publishedOn the publication date of the claim's document, if known: the claim counts from it when it has
     *        no asOf
     */
    public static ClaimEntity recorded(ClaimDraft draft, LocalDate publishedOn) {
        ClaimEntity claim = new ClaimEntity();
        claim.id = Ids.newId();
        claim.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        claim.status = ClaimStatus.UNREVIEWED;
        claim.apply(draft, publishedOn);
        return claim;
    }

    /**
     * Takes every field of a validated draft; the one place a draft's fields are copied into a claim. The document,
     * quote and span are stored only with a new claim: afterwards they follow its first appearance.
     */
    public void apply(ClaimDraft draft, LocalDate publishedOn) {
        documentId = draft.documentId;
        claimantId = draft.claimantId;
        subject = draft.subject;
        population = draft.population;
        category = draft.category;
        low = draft.low;
        best = draft.best;
        high = draft.high;
        qualifier = draft.qualifier;
        ratePer = draft.ratePer;
        periodStart = draft.periodStart;
        periodStartPrecision = draft.periodStartPrecision;
        asOf = draft.asOf;
        asOfPrecision = draft.asOfPrecision;
        quote = draft.quote;
        spanStart = draft.spanStart;
        spanEnd = draft.spanEnd;
        scope = draft.scope;
        subgroup = draft.subgroup;
        confidence = (float) draft.confidence;
        extractor = draft.extractor;
        fingerprint = ClaimIdentity.fingerprint(draft);
        // The database computes the same (trigger claim_stated_on); it is set here so that the stored claim can be
        // returned as it is.
        statedOn = asOf != null ? asOf : publishedOn != null ? publishedOn : recordedAt.toLocalDate();
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public LocalDate statedOn() {
        return statedOn;
    }

    /** The figure a claim is ordered by: best, else its bound. */
    public int figure() {
        return best != null ? best : low != null ? low : high;
    }
}
