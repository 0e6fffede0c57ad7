package org.claimgraph.sources.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.claimgraph.common.graphql.ConflictException;
import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.graphql.NotFoundException;
import org.claimgraph.sources.changefeed.ChangeFeed;
import org.claimgraph.sources.history.History;
import org.claimgraph.sources.history.HistoryEntry;
import org.claimgraph.sources.source.SourceEditing;
import org.claimgraph.sources.source.SourceService;

/**
 * Edits of documents, in the caller's transaction: the row is locked, checked against the version the client saw,
 * changed, and its history entry and change-feed event are written with it.
 */
@ApplicationScoped
public class DocumentEditing {

    @Inject
    SourceService sources;
    @Inject
    History history;
    @Inject
    ChangeFeed feed;

    public Uni<DocumentEntity> update(UUID id, DocumentUpdate input, String rawReason, Integer version, String actor) {
        String reason = SourceEditing.reason("reason", rawReason);
        List<DocumentUpdate.DocumentField> clear = input.clear == null ? List.of() : input.clear;
        String title = input.title == null ? null : DocumentService.validTitle(input.title);
        String url = input.url == null ? null : DocumentService.validUrl(input.url);
        UUID outletId = Ids.parseOrNull("input.outletId", input.outletId);
        if (url != null && clear.contains(DocumentUpdate.DocumentField.URL)
                || outletId != null && clear.contains(DocumentUpdate.DocumentField.OUTLET)
                || (input.publishedOn != null || input.publishedOnPrecision != null)
                        && clear.contains(DocumentUpdate.DocumentField.PUBLISHED_ON)) {
            throw new InvalidInputException("input.clear", "names a field the input also sets");
        }
        Uni<UUID> outlet = outletId == null ? Uni.createFrom().nullItem()
                : sources.get(outletId, "input.outletId").map(found -> found.id);
        // before the row is changed: a query would flush the change first and meet the unique URL
        Uni<Void> urlFree = url == null ? Uni.createFrom().voidItem() : urlNotTaken(url, id);
        return urlFree.chain(() -> outlet).chain(keptOutlet -> DocumentEntity.<DocumentEntity> findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new NotFoundException("id", "document", id))
                .chain(document -> {
                    if (version != null && version != document.version) {
                        throw new ConflictException("version", "document " + id + " is at version " + document.version
                                + ", not " + version + ": it was changed meanwhile; read it again and redo the change");
                    }
                    Map<String, String> before = fields(document);
                    if (title != null) {
                        document.title = title;
                    }
                    if (url != null || clear.contains(DocumentUpdate.DocumentField.URL)) {
                        document.url = url;
                    }
                    if (keptOutlet != null || clear.contains(DocumentUpdate.DocumentField.OUTLET)) {
                        document.outletId = keptOutlet;
                    }
                    applyPublication(document, input, clear.contains(DocumentUpdate.DocumentField.PUBLISHED_ON));
                    Map<String, String[]> changes = SourceEditing.changes(before, fields(document));
                    if (changes.isEmpty()) {
                        throw new InvalidInputException("input", "changes nothing in the document");
                    }
                    document.version++;
                    return Panache.flush()
                            .chain(() -> history.record(History.RecordType.DOCUMENT, document.id, document.version,
                                    HistoryEntry.Action.UPDATED, actor, reason, changes))
                            .chain(() -> feed.documentUpdated(document, actor, reason))
                            .replaceWith(document);
                }));
    }

    private static void applyPublication(DocumentEntity document, DocumentUpdate input, boolean clear) {
        if (clear) {
            document.publishedOn = null;
            document.publishedOnPrecision = null;
            return;
        }
        if (input.publishedOn == null && input.publishedOnPrecision == null) {
            return;
        }
        LocalDate date = input.publishedOn == null ? document.publishedOn : input.publishedOn;
        if (date == null) {
            throw new InvalidInputException("input.publishedOnPrecision", "needs publishedOn: the document has no date");
        }
        DatePrecision precision = input.publishedOnPrecision != null ? input.publishedOnPrecision
                : input.publishedOn != null ? DatePrecision.DAY : document.publishedOnPrecision;
        document.publishedOnPrecision = precision;
        document.publishedOn = DocumentService.truncate(date, precision);
    }

    private static Uni<Void> urlNotTaken(String url, UUID id) {
        return DocumentEntity.<DocumentEntity> find("url = ?1 and id <> ?2", url, id).<DocumentEntity> firstResult()
                .invoke(sameUrl -> {
                    if (sameUrl != null) {
                        throw new ConflictException("input.url", "document " + sameUrl.id + " already has this URL");
                    }
                }).replaceWithVoid();
    }

    private static Map<String, String> fields(DocumentEntity document) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", document.title);
        fields.put("url", document.url);
        fields.put("outletId", Objects.toString(document.outletId, null));
        fields.put("publishedOn", Objects.toString(document.publishedOn, null));
        fields.put("publishedOnPrecision", Objects.toString(document.publishedOnPrecision, null));
        return fields;
    }
}
