package org.claimgraph.sources.document;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.graphql.Paging;
import org.claimgraph.common.persistence.ResolverSessions;
import org.claimgraph.common.security.Caller;
import org.claimgraph.sources.history.History;
import org.claimgraph.sources.history.HistoryEntry;
import org.claimgraph.sources.source.Source;
import org.claimgraph.sources.source.SourceService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class DocumentGraphQLApi {

    @Inject
    DocumentService documents;

    @Inject
    SourceService sources;
    @Inject
    DocumentEditing editing;
    @Inject
    History history;
    @Inject
    DocumentBatchCreation batches;

    @Query
    @Description("One document by id; an unknown id is an error.")
    public Uni<Document> document(@Id @NonNull String id) {
        UUID documentId = Ids.parse("id", id);
        return ResolverSessions.read(() -> documents.get(documentId, "id")).map(Document::of);
    }

    @Query
    @Description("Documents, newest publication first (undated last), by outlet and inclusive publication date range.")
    public Uni<@NonNull DocumentConnection> documents(@Id String outletId, LocalDate from, LocalDate to, Integer first,
            String after) {
        UUID outlet = Ids.parseOrNull("outletId", outletId);
        int size = Paging.pageSize(first);
        return ResolverSessions.read(() -> documents.page(outlet, from, to, size + 1, after))
                .map(fetched -> DocumentConnection.of(fetched, size));
    }

    @Description("The outlet that published the document.")
    public Uni<List<Source>> outlet(@org.eclipse.microprofile.graphql.Source List<Document> batch) {
        List<UUID> outletIds = batch.stream().map(d -> d.outletId == null ? null : UUID.fromString(d.outletId)).toList();
        return ResolverSessions.read(() -> sources.byIds(outletIds))
                .map(found -> found.stream().map(entity -> entity == null ? null : Source.of(entity)).toList());
    }

    @Mutation
    @Description("Stores a document; the same text again (retry, re-ingestion) returns the existing document.")
    public Uni<@NonNull Document> createDocument(@NonNull DocumentInput input) {
        return ResolverSessions.write(() -> documents.create(input)).map(Document::of);
    }

    @Mutation
    @Description("What ingesting an article needs, in one call and one transaction: finds or creates the outlet "
            + "(outletName, instead of input.outletId) and one source per sourceNames entry (as resolveSources), and "
            + "stores the document with that outlet (as createDocument). Nothing is stored when any part is refused; "
            + "the same names and text again return the same sources and document.")
    public Uni<@NonNull DocumentWithSources> createDocumentWithSources(@NonNull DocumentInput input, String outletName,
            @NonNull List<@NonNull String> sourceNames) {
        return ResolverSessions.write(() -> documents.createWithSources(input, outletName, sourceNames))
                .map(DocumentWithSources::of);
    }

    @Mutation
    @Description("createDocumentWithSources for many articles in one call: each article in its own transaction, with its "
            + "own outcome in the order given (stored, or an error naming its field, e.g. articles[2].input.text), so a "
            + "refused article leaves the others stored and nothing of itself. At most "
            + DocumentBatchCreation.DEFAULT_MAX_ARTICLES + " articles per call (claimgraph.documents.max-batch-articles). "
            + "Sending the same articles again returns the same sources and documents.")
    public Uni<@NonNull List<@NonNull DocumentWithSourcesOutcome>> createDocumentsWithSources(
            @NonNull List<@NonNull ArticleSourcesInput> articles) {
        return batches.create(articles);
    }

    @Mutation
    @Description("Changes a document's title, URL, outlet or publication date and its precision; the claims' statedOn follows the date. Its history keeps who, when, why and the values before. Give the version you read: if the document changed since, the error is CONFLICT on version and nothing is written.")
    public Uni<@NonNull Document> updateDocument(@Id @NonNull String id, @NonNull DocumentUpdate input, String reason,
            Integer version) {
        UUID documentId = Ids.parse("id", id);
        String actor = Caller.current().actorName();
        return ResolverSessions.write(() -> editing.update(documentId, input, reason, version, actor)).map(Document::of);
    }

    @Description("Every edit of the document, oldest first: who, when, why, each field before and after.")
    public Uni<List<@NonNull List<@NonNull HistoryEntry>>> history(@org.eclipse.microprofile.graphql.Source List<Document> batch) {
        List<UUID> ids = batch.stream().map(document -> UUID.fromString(document.id)).toList();
        return ResolverSessions.read(() -> history.of(History.RecordType.DOCUMENT, ids))
                .map(byId -> ids.stream().map(id -> byId.getOrDefault(id, List.of())).toList());
    }

    /** Federation: {@code _entities} for Document, all keys of a request in one SQL query; unknown keys give null. */
    @Resolver
    public Uni<List<Document>> documentEntities(@Name("id") List<String> ids) {
        List<UUID> parsed = ids.stream().map(Ids::parseOrNullIfMalformed).toList();
        return ResolverSessions.read(() -> documents.byIds(parsed))
                .map(found -> found.stream().map(entity -> entity == null ? null : Document.of(entity)).toList());
    }
}
