package org.claimgraph.sources.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.claimgraph.common.graphql.DatePrecision;

@Entity
@Table(name = "document", schema = "sources")
public class DocumentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, columnDefinition = "text")
    public String title;

    @Column(columnDefinition = "text")
    public String url;

    @Column(name = "outlet_id")
    public UUID outletId;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_on_precision", columnDefinition = "text")
    public DatePrecision publishedOnPrecision;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "content_sha256", nullable = false, columnDefinition = "text")
    public String contentSha256;

    @Column(nullable = false)
    public boolean automated;

    @Column(name = "ingested_at", nullable = false)
    public OffsetDateTime ingestedAt;

    /** Incremented by every edit (updateDocument); an edit made on an older version is refused. */
    @Column(nullable = false)
    public int version;
}
