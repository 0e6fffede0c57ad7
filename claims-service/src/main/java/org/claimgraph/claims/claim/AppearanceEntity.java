package org.claimgraph.claims.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.claimgraph.common.graphql.Ids;

/** One document reporting a claim: where and how it appeared there. */
@Entity
@Table(name = "claim_appearance", schema = "claims")
public class AppearanceEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "claim_id", nullable = false)
    public UUID claimId;
    @Column(name = "document_id", nullable = false)
    public UUID documentId;
    @Column(nullable = false, columnDefinition = "text")
    public String quote;
    @Column(name = "span_start")
    public Integer spanStart;
    @Column(name = "span_end")
    public Integer spanEnd;
    @Column(nullable = false)
    public float confidence;
    @Column(nullable = false, columnDefinition = "text")
    public String extractor;
    /** {@link ClaimIdentity#reading}: what this document was read to say. */
    @Column(nullable = false, columnDefinition = "text")
    public String reading;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
    /** The document's publication date, else the day this appearance was recorded (trigger claim_appearance_stated_on). */
    @Column(name = "stated_on", nullable = false)
    public LocalDate statedOn;

    /** The appearance of {@code claim} that a validated draft read from its document. */
    public static AppearanceEntity of(UUID claimId, ClaimDraft draft, LocalDate publishedOn) {
        AppearanceEntity appearance = new AppearanceEntity();
        appearance.id = Ids.newId();
        appearance.claimId = claimId;
        appearance.documentId = draft.documentId;
        appearance.quote = draft.quote;
        appearance.spanStart = draft.spanStart;
        appearance.spanEnd = draft.spanEnd;
        appearance.confidence = (float) draft.confidence;
        appearance.extractor = draft.extractor;
        appearance.reading = ClaimIdentity.reading(draft);
        appearance.recordedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        // the database computes the same; set here so that the stored appearance can be returned as it is
        appearance.statedOn = reportedOn(publishedOn, appearance.recordedAt);
        return appearance;
    }

    /** The date a document reported a claim: its publication date, else the day it was recorded (UTC). */
    public static LocalDate reportedOn(LocalDate publishedOn, OffsetDateTime recordedAt) {
        return publishedOn != null ? publishedOn : recordedAt.toLocalDate();
    }
}
