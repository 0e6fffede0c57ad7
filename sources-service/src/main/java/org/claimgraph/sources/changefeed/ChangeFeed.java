package org.claimgraph.sources.changefeed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.persistence.AdvisoryLocks;
import org.claimgraph.sources.document.DocumentEntity;
import org.claimgraph.sources.source.SourceEntity;
import org.claimgraph.sources.source.SourceKind;

/**
 * The outbox ({@code sources.change_feed}): each edit appends its event in the edit's own transaction, so an edit and
 * its event are committed together or not at all. Appends serialize on one advisory lock held to the commit, so
 * positions are taken in commit order and a reader never sees position n before an earlier one commits.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int MAX_PAGE = 500;
    static final int MAX_READER_NAME = 200;
    private static final int FEED_LOCK = 2;

    public Uni<Void> sourceUpdated(SourceEntity source, String actor, String reason) {
        return append(ChangeEvent.Kind.SOURCE_UPDATED, source.id, new JsonObject().put("source", state(source)), actor, reason);
    }

    public Uni<Void> sourceMerged(SourceEntity kept, UUID mergedId, String actor, String reason) {
        return append(ChangeEvent.Kind.SOURCE_MERGED, mergedId,
                new JsonObject().put("source", state(kept)).put("mergedSourceId", mergedId.toString()), actor, reason);
    }

    public Uni<Void> documentUpdated(DocumentEntity document, String actor, String reason) {
        JsonObject state = new JsonObject().put("id", document.id.toString()).put("title", document.title)
                .put("url", document.url).put("outletId", document.outletId == null ? null : document.outletId.toString())
                .put("publishedOn", document.publishedOn == null ? null : document.publishedOn.toString())
                .put("version", document.version);
        return append(ChangeEvent.Kind.DOCUMENT_UPDATED, document.id, new JsonObject().put("document", state), actor, reason);
    }

    /** Events after {@code after} (0 for the start), oldest first. */
    public Uni<List<ChangeEvent>> after(int after, int first) {
        if (after < 0) {
            throw new InvalidInputException("after", "must not be negative");
        }
        if (first < 1 || first > MAX_PAGE) {
            throw new InvalidInputException("first", "must be between 1 and " + MAX_PAGE);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("select position, kind, changed_at,"
                + " cast(payload as text) from sources.change_feed where position > :after order by position limit :first",
                Object[].class).setParameter("after", (long) after).setParameter("first", first).getResultList())
                .map(rows -> rows.stream().map(ChangeFeed::event).toList());
    }

    /**
     * Records that {@code reader} has applied every event up to {@code position}, as given (a reader restored from an
     * older backup acknowledges less, which keeps what it must read again). A position past the feed's last event is
     * refused: acknowledging events not yet written would let them be pruned unread.
     */
    public Uni<Integer> acknowledge(String reader, int position) {
        String name = reader == null ? "" : reader.strip();
        if (name.isEmpty() || name.length() > MAX_READER_NAME) {
            throw new InvalidInputException("reader", "must be 1 to " + MAX_READER_NAME + " characters");
        }
        if (position < 0) {
            throw new InvalidInputException("position", "must not be negative");
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select coalesce(max(position), 0) from sources.change_feed", Long.class).getSingleResult())
                .chain(last -> {
                    if (position > last) {
                        throw new InvalidInputException("position", "is past the feed's last event, " + last);
                    }
                    return Panache.getSession().chain(session -> session.createNativeQuery("insert into sources.change_feed_reader"
                            + " (reader, position, acknowledged_at) values (:reader, :position, :at) on conflict (reader) do update"
                            + " set position = excluded.position, acknowledged_at = excluded.acknowledged_at")
                            .setParameter("reader", name)
                            .setParameter("position", (long) position)
                            .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                            .executeUpdate());
                })
                .replaceWith(position);
    }

    /**
     * Deletes the events every reader has acknowledged that were written before {@code cutoff}; returns how many. The
     * last event always stays, so a position acknowledged is never past the feed's end. Without a reader nothing is
     * delivered, so nothing is deleted.
     */
    public Uni<Integer> prune(OffsetDateTime cutoff) {
        return Panache.getSession().chain(session -> session.createNativeQuery("delete from sources.change_feed"
                + " where changed_at < :cutoff and position <= (select min(position) from sources.change_feed_reader)"
                + " and position < (select max(position) from sources.change_feed)")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }

    private static ChangeEvent event(Object[] row) {
        JsonObject payload = new JsonObject((String) row[3]);
        ChangeEvent event = new ChangeEvent();
        event.position = ((Number) row[0]).intValue();
        event.kind = ChangeEvent.Kind.valueOf((String) row[1]);
        event.at = row[2] instanceof OffsetDateTime at ? at : OffsetDateTime.parse(row[2].toString());
        event.actor = payload.getString("actor");
        event.reason = payload.getString("reason");
        event.mergedSourceId = payload.getString("mergedSourceId");
        JsonObject source = payload.getJsonObject("source");
        if (source != null) {
            ChangeEvent.SourceState state = new ChangeEvent.SourceState();
            state.id = source.getString("id");
            state.name = source.getString("name");
            state.kind = SourceKind.valueOf(source.getString("kind"));
            state.affiliation = source.getString("affiliation");
            state.version = source.getInteger("version");
            event.source = state;
        }
        JsonObject document = payload.getJsonObject("document");
        if (document != null) {
            ChangeEvent.DocumentState state = new ChangeEvent.DocumentState();
            state.id = document.getString("id");
            state.title = document.getString("title");
            state.url = document.getString("url");
            state.outletId = document.getString("outletId");
            state.publishedOn = document.getString("publishedOn") == null ? null
                    : java.time.LocalDate.parse(document.getString("publishedOn"));
            state.version = document.getInteger("version");
            event.document = state;
        }
        return event;
    }

    private static JsonObject state(SourceEntity source) {
        return new JsonObject().put("id", source.id.toString()).put("name", source.name).put("kind", source.kind.name())
                .put("affiliation", source.affiliation).put("version", source.version);
    }

    private static Uni<Void> append(ChangeEvent.Kind kind, UUID recordId, JsonObject payload, String actor, String reason) {
        payload.put("actor", actor).put("reason", reason);
        return AdvisoryLocks.lock(FEED_LOCK, List.of("change_feed"))
                .chain(() -> Panache.getSession().chain(session -> session.createNativeQuery("insert into sources.change_feed"
                        + " (kind, record_id, payload, changed_at) values (:kind, :record, cast(cast(:payload as text) as jsonb), :at)")
                        .setParameter("kind", kind.name())
                        .setParameter("record", recordId)
                        .setParameter("payload", payload.encode())
                        .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                        .executeUpdate()))
                .replaceWithVoid();
    }
}
