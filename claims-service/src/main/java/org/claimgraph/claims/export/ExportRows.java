package org.claimgraph.claims.export;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimgraph.claims.claim.ClaimEntity;
import org.claimgraph.claims.claim.ClaimQuery;
import org.claimgraph.claims.claim.ClaimRows;

/** A batch of claims with their claimant's and document's details, in one SQL statement. */
@ApplicationScoped
public class ExportRows {

    private static final String DETAILS = ", k.name, k.kind, k.affiliation, d.title, d.url, d.published_on,"
            // every appearance, first first: the documents that reported the claim
            + " (select cast(json_agg(json_build_object('documentId', a.document_id, 'title', ad.title, 'url', ad.url,"
            + " 'publishedOn', ad.published_on) order by a.stated_on, a.recorded_at, a.id) as text)"
            + " from claims.claim_appearance a left join claims.document ad on ad.id = a.document_id where a.claim_id = c.id)";
    private static final String JOINS = " left join claims.claimant k on k.id = c.claimant_id"
            + " left join claims.document d on d.id = c.document_id";

    /**
     * A claim and what an export says of its claimant and (first appearance's) document, null where this service has
     * no copy, and all its appearances, first first.
     */
    public record Row(ClaimEntity claim, String claimantName, String claimantKind, String claimantAffiliation,
            String documentTitle, String documentUrl, LocalDate publishedOn, List<Appeared> appearances) {
    }

    /** One appearance of an exported claim: its document (title, URL and date null where unknown here). */
    public record Appeared(String documentId, String title, String url, String publishedOn) {
    }

    public Uni<List<Row>> page(ClaimQuery query, int limit) {
        return Panache.getSession().chain(session -> {
            var nativeQuery = session.createNativeQuery(query.sql(DETAILS, JOINS, limit), Object[].class);
            query.parameters().forEach(nativeQuery::setParameter);
            return nativeQuery.getResultList();
        }).map(rows -> rows.stream().map(row -> {
            int i = ClaimRows.COLUMN_COUNT;
            return new Row(ClaimRows.read(row, 0), (String) row[i], (String) row[i + 1], (String) row[i + 2],
                    (String) row[i + 3], (String) row[i + 4], ClaimRows.date(row[i + 5]), appearances((String) row[i + 6]));
        }).toList());
    }

    private static List<Appeared> appearances(String json) {
        if (json == null) {
            return List.of();
        }
        return new JsonArray(json).stream().map(JsonObject.class::cast).map(a -> new Appeared(a.getString("documentId"),
                a.getString("title"), a.getString("url"), a.getString("publishedOn"))).toList();
    }
}
