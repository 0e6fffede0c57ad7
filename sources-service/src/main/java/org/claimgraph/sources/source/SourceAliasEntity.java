package org.claimgraph.sources.source;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One name a source goes by; the normalized form is unique, so a name points at one source only. */
@Entity
@Table(name = "source_alias", schema = "sources")
public class SourceAliasEntity extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "text")
    public String normalized;

    @Column(nullable = false, columnDefinition = "text")
    public String alias;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    public static SourceAliasEntity of(UUID sourceId, String alias) {
        SourceAliasEntity entity = new SourceAliasEntity();
        entity.sourceId = sourceId;
        entity.alias = alias;
        entity.normalized = Names.normalize(alias);
        return entity;
    }
}
