package org.claimgraph.sources.source;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "source", schema = "sources")
public class SourceEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, columnDefinition = "text")
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "text")
    public SourceKind kind;

    @Column(columnDefinition = "text")
    public String affiliation;

    @Column(columnDefinition = "text")
    public String description;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Incremented by every edit (updateSource, mergeSources); an edit made on an older version is refused. */
    @Column(nullable = false)
    public int version;

    /** The source this one was merged into, or null. */
    @Column(name = "merged_into")
    public UUID mergedInto;
}
