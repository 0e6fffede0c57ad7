package org.claimgraph.claims.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.claimgraph.common.security.Caller;
import org.claimgraph.claims.sources.SourcesGraphQLClient.CreatedDocument;
import org.claimgraph.claims.sources.SourcesGraphQLClient.ResolvedSource;
import org.claimgraph.common.graphql.NotFoundException;

/**
 * What this service keeps of sources-service's claimants and documents (tables {@code claims.claimant} and
 * {@code claims.document}): just enough for dashboard queries and exports to be one SQL statement here. Written in
 * the transaction that writes the claims pointing at them, so a claim never lacks its claimant's or document's row.
 */
@ApplicationScoped
public class References {

    @Inject
    SourcesClient sources;

    /** A claimant as this service keeps it. */
    public record Claimant(UUID id, String name, String kind, String affiliation, int version) {
        public static Claimant of(ResolvedSource source) {
            return new Claimant(UUID.fromString(source.id), source.name, source.kind, source.affiliation, source.version);
        }
    }

    /** A document as this service keeps it. */
    public record DocumentReference(UUID id, String title, String url, UUID outletId, LocalDate publishedOn, int version) {
        public static DocumentReference of(CreatedDocument document) {
            return new DocumentReference(UUID.fromString(document.id), document.title, document.url,
                    document.outlet == null ? null : UUID.fromString(document.outlet.id), document.publishedOn, document.version);
        }
    }

    /**
     * The document and claimant a hand-recorded claim names, from sources-service (two calls at once). An id
     * sources-service does not know is a {@link NotFoundException} on the given field.
     */
    public Uni<Lookup> lookup(UUID documentId, String documentField, UUID claimantId, String claimantField) {
        Caller caller = Caller.current();
        Uni<CreatedDocument> document = SourcesFailures.translated(sources.document(documentId.toString(), caller),
                error -> "NOT_FOUND".equals(SourcesFailures.code(error)) ? new NotFoundException(documentField, "document", documentId) : null);
        Uni<ResolvedSource> claimant = SourcesFailures.translated(sources.source(claimantId.toString(), caller),
                error -> "NOT_FOUND".equals(SourcesFailures.code(error)) ? new NotFoundException(claimantField, "source", claimantId) : null);
        return Uni.combine().all().unis(document, claimant).asTuple()
                .map(found -> new Lookup(DocumentReference.of(found.getItem1()), Claimant.of(found.getItem2())));
    }

    /** A source sources-service knows, or a {@link NotFoundException} on the given field. */
    public Uni<Claimant> claimant(UUID id, String field) {
        return SourcesFailures.translated(sources.source(id.toString(), Caller.current()),
                error -> "NOT_FOUND".equals(SourcesFailures.code(error)) ? new NotFoundException(field, "source", id) : null)
                .map(Claimant::of);
    }

    /** A document sources-service knows, or a {@link NotFoundException} on the given field. */
    public Uni<DocumentReference> document(UUID id, String field) {
        return SourcesFailures.translated(sources.document(id.toString(), Caller.current()),
                error -> "NOT_FOUND".equals(SourcesFailures.code(error)) ? new NotFoundException(field, "document", id) : null)
                .map(DocumentReference::of);
    }

    /** A claim's document and claimant. */
    public record Lookup(DocumentReference document, Claimant claimant) {
    }

    /**
     * Inserts or refreshes the rows, in the caller's transaction, in id order (concurrent writers lock rows in the
     * same order and cannot deadlock). A row that has not changed is not rewritten, nor one at a later version than
     * the copy given (sources-service's edit reached it first, through the change feed).
     */
    public Uni<Void> store(Collection<Claimant> claimants, Collection<DocumentReference> documents) {
        Map<UUID, Claimant> claimantsById = new TreeMap<>();
        claimants.forEach(c -> claimantsById.put(c.id(), c));
        Map<UUID, DocumentReference> documentsById = new TreeMap<>();
        documents.forEach(d -> documentsById.put(d.id(), d));
        Uni<Void> stored = Uni.createFrom().voidItem();
        if (!claimantsById.isEmpty()) {
            stored = stored.chain(() -> upsert("claims.claimant", List.of("id", "name", "kind", "affiliation", "version"),
                    claimantsById.values().stream().map(c -> List.<Object> of(c.id(), c.name(), c.kind(), nullable(c.affiliation()),
                            c.version())).toList()));
        }
        if (!documentsById.isEmpty()) {
            stored = stored.chain(() -> upsert("claims.document", List.of("id", "title", "url", "outlet_id", "published_on", "version"),
                    documentsById.values().stream().map(d -> List.<Object> of(d.id(), d.title(), nullable(d.url()),
                            nullable(d.outletId()), nullable(d.publishedOn()), d.version())).toList()));
        }
        return stored;
    }

    /** A SQL null: written as a typed null literal, because a null bound to a parameter has no type. */
    private static final Object NULL = new Object();

    private static Object nullable(Object value) {
        return value == null ? NULL : value;
    }

    private static Uni<Void> upsert(String table, List<String> columns, List<List<Object>> rows) {
        String name = table.substring(7);
        List<String> updated = columns.subList(1, columns.size());
        String storedColumns = String.join(", ", updated.stream().map(c -> "stored." + c).toList());
        String givenColumns = String.join(", ", updated.stream().map(c -> "given." + c).toList());
        // Rows stored already as given (or at a later version) are left out before the insert, read without a lock:
        // an upsert locks every row it conflicts with, even one it leaves unchanged, which made concurrent ingestions
        // of the same claimant wait for each other's commits. The rows left differ or are missing, and are upserted.
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (").append(String.join(", ", columns))
                .append(") select * from (values ");
        List<Object> values = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns.size(); c++) {
                Object value = rows.get(r).get(c);
                String parameter = "p" + values.size();
                String type = switch (columns.get(c)) {
                    case "id", "outlet_id" -> "uuid";
                    case "published_on" -> "date";
                    case "version" -> "integer";
                    default -> "text";
                };
                sql.append(c == 0 ? "" : ", ");
                if (value == NULL) {
                    sql.append("cast(null as ").append(type).append(")");
                } else {
                    sql.append("cast(:").append(parameter).append(" as ").append(type).append(")");
                    values.add(value);
                }
            }
            sql.append(")");
        }
        sql.append(") as given (").append(String.join(", ", columns)).append(")");
        sql.append(" where not exists (select 1 from ").append(table).append(" stored where stored.id = given.id")
                .append(" and (stored.version > given.version or (").append(storedColumns).append(") is not distinct from (")
                .append(givenColumns).append(")))");
        sql.append(" on conflict (id) do update set ");
        sql.append(String.join(", ", updated.stream().map(c -> c + " = excluded." + c).toList()));
        sql.append(" where ").append(name).append(".version <= excluded.version");
        sql.append(" and (").append(String.join(", ", updated.stream().map(c -> name + "." + c).toList()))
                .append(") is distinct from (").append(String.join(", ", updated.stream().map(c -> "excluded." + c).toList()))
                .append(")");
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString());
            for (int i = 0; i < values.size(); i++) {
                query.setParameter("p" + i, values.get(i));
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
