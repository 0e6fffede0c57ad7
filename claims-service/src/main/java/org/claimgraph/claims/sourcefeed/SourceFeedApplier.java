package org.claimgraph.claims.sourcefeed;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.claimgraph.claims.claim.ClaimantMerge;
import org.claimgraph.claims.sources.SourcesGraphQLClient.ChangeEvent;
import org.claimgraph.claims.sources.SourcesGraphQLClient.EditedDocument;
import org.claimgraph.claims.sources.SourcesGraphQLClient.ResolvedSource;
import org.claimgraph.common.persistence.ResolverSessions;

/**
 * Applies sources-service's change-feed events to this service's copies ({@code claims.claimant},
 * {@code claims.document}) and moves the claims of merged claimants, with the new feed position, in one transaction:
 * after a failure nothing of the batch is applied and it is read again. The position row is locked first, so two
 * replicas applying at once take turns and the second skips what the first applied. A copy is only ever replaced by
 * a later version of it, so applying an event twice changes nothing.
 */
@ApplicationScoped
public class SourceFeedApplier {

    @Inject
    ClaimantMerge claimantMerge;

    /** The last position applied. */
    public Uni<Integer> position() {
        return ResolverSessions.read(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select position from claims.source_feed_position", Long.class).getSingleResult()))
                .map(Long::intValue);
    }

    public Uni<Void> apply(List<ChangeEvent> events) {
        return ResolverSessions.write(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("select position from claims.source_feed_position for update", Long.class).getSingleResult())
                .chain(applied -> {
                    Uni<Void> done = Uni.createFrom().voidItem();
                    int last = applied.intValue();
                    for (ChangeEvent event : events) {
                        if (event.position > last) {
                            last = event.position;
                            done = done.chain(() -> applyOne(event));
                        }
                    }
                    int position = last;
                    return done.chain(() -> Panache.getSession().chain(session -> session
                            .createNativeQuery("update claims.source_feed_position set position = :position")
                            .setParameter("position", (long) position).executeUpdate()));
                })
                .replaceWithVoid());
    }

    private Uni<Void> applyOne(ChangeEvent event) {
        return switch (event.kind) {
            case "SOURCE_UPDATED" -> refreshClaimant(event.source);
            case "SOURCE_MERGED" -> merged(event);
            case "DOCUMENT_UPDATED" -> refreshDocument(event.document);
            // an event of a later sources-service this version does not know: nothing of ours copies it
            default -> Uni.createFrom().voidItem();
        };
    }

    /** A claimant this service has no copy of has no claims here: nothing to refresh. */
    private static Uni<Void> refreshClaimant(ResolvedSource source) {
        return update("update claims.claimant set name = :name, kind = :kind, affiliation = cast(:affiliation as text),"
                + " version = :version where id = :id and version < :version", source);
    }

    private Uni<Void> merged(ChangeEvent event) {
        UUID kept = UUID.fromString(event.source.id);
        UUID merged = UUID.fromString(event.mergedSourceId);
        // The merged claimant's row first: it is the lock a recording of one of its claims takes too (References.store),
        // so such a recording either commits before the claims are moved (and its claims move) or after (and the
        // trigger claim_claimant_merged sends its claims to the kept claimant).
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "update claims.claimant set merged_into = :kept where id = :merged or merged_into = :merged")
                .setParameter("kept", kept).setParameter("merged", merged).executeUpdate())
                .chain(() -> update("insert into claims.claimant (id, name, kind, affiliation, version)"
                        + " values (:id, :name, :kind, cast(:affiliation as text), :version) on conflict (id) do update set"
                        + " name = excluded.name, kind = excluded.kind, affiliation = excluded.affiliation, version = excluded.version"
                        + " where claimant.version < excluded.version", event.source))
                .chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "update claims.document set outlet_id = :kept where outlet_id = :merged")
                        .setParameter("kept", kept).setParameter("merged", merged).executeUpdate()))
                .chain(() -> claimantMerge.moveToKeptClaimant(merged, kept, event.actor, event.reason));
    }

    private static Uni<Void> update(String sql, ResolvedSource source) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter("id", UUID.fromString(source.id))
                .setParameter("name", source.name)
                .setParameter("kind", source.kind)
                .setParameter("affiliation", source.affiliation)
                .setParameter("version", source.version)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** The statedOn of the document's claims follows its publication date (trigger document_published_on_changed). */
    private static Uni<Void> refreshDocument(EditedDocument document) {
        return Panache.getSession().chain(session -> session.createNativeQuery("update claims.document set title = :title,"
                + " url = cast(:url as text), outlet_id = cast(:outlet as uuid), published_on = cast(:published as date),"
                + " version = :version where id = :id and version < :version")
                .setParameter("id", UUID.fromString(document.id))
                .setParameter("title", document.title)
                .setParameter("url", document.url)
                .setParameter("outlet", document.outletId == null ? null : UUID.fromString(document.outletId))
                .setParameter("published", document.publishedOn)
                .setParameter("version", document.version)
                .executeUpdate())
                .replaceWithVoid();
    }
}
