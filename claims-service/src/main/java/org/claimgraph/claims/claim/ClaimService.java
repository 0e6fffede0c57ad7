package org.claimgraph.claims.claim;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.graphql.NotFoundException;
import org.claimgraph.common.graphql.Paging;
import org.claimgraph.common.persistence.AdvisoryLocks;

/** Claims. Every method expects to run inside a session (reads) or a transaction (writes) of the caller. */
@ApplicationScoped
public class ClaimService {

    private static final int FINGERPRINT_LOCKS = 2;

    public Uni<ClaimEntity> get(UUID id, String field) {
        return ClaimEntity.<ClaimEntity> findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException(field, "claim", id));
    }

    /** One page of claims: the query's filter, order and cursor, at most {@code limit} rows, in one SQL statement. */
    public Uni<List<ClaimEntity>> page(ClaimQuery query, int limit) {
        return Panache.getSession().chain(session -> {
            var nativeQuery = session.createNativeQuery(query.sql(", c.fingerprint", "", limit), ClaimEntity.class);
            query.parameters().forEach(nativeQuery::setParameter);
            return nativeQuery.getResultList();
        });
    }

    /** How many claims the query's filter matches, whatever its cursor: one SQL count. */
    public Uni<Integer> count(ClaimQuery query) {
        return Panache.getSession().chain(session -> {
            var nativeQuery = session.createNativeQuery(query.countSql(), Long.class);
            query.countParameters().forEach(nativeQuery::setParameter);
            return nativeQuery.getSingleResult();
        }).map(Long::intValue);
    }

    /**
     * The side of each claim's claimant towards the claim's subject, by claim id, in one SQL query: the rule is
     * {@code claims.claimant_side}, the one estimates split by.
     */
    public Uni<Map<UUID, Side>> sides(Set<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select c.id, claims.claimant_side(k.affiliation, b.affiliation, b.adversaries) from claims.claim c"
                        + " left join claims.claimant k on k.id = c.claimant_id"
                        + " left join claims.belligerent b on b.subject_key = c.subject_key where c.id in (:ids)", Object[].class)
                .setParameter("ids", new TreeSet<>(claimIds))
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> ClaimRows.uuid(row[0]), row -> Side.valueOf((String) row[1]))));
    }

    /**
     * The first {@code size} claims (after the cursor) of each owner, for a batch of owners in one SQL query.
     *
     * @param ownerColumn {@code claimant_id} or {@code document_id}
     */
    public Uni<Map<UUID, List<ClaimEntity>>> pagesByOwner(String ownerColumn, Set<UUID> owners, int size, String after) {
        if (!ownerColumn.equals("claimant_id") && !ownerColumn.equals("document_id")) {
            throw new IllegalArgumentException(ownerColumn);
        }
        if (owners.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        UUID afterId = after == null ? null : Ids.parse("after", Paging.decode(after, 1)[0]);
        String sql = "select " + ClaimRows.ENTITY_COLUMNS + " from claims.claim c where c.id in (select ranked.id from (select id, row_number() over"
                + " (partition by " + ownerColumn + " order by id) as position from claims.claim where " + ownerColumn
                + " in (:owners)" + (afterId == null ? "" : " and id > :after") + ") ranked where ranked.position <= :limit)"
                + " order by c.id";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, ClaimEntity.class)
                    .setParameter("owners", new TreeSet<>(owners))
                    .setParameter("limit", size);
            if (afterId != null) {
                query.setParameter("after", afterId);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().collect(Collectors.groupingBy(
                row -> ownerColumn.equals("claimant_id") ? row.claimantId : row.documentId)));
    }

    /** A claim as stored, and whether this call stored it. */
    public record Recorded(ClaimEntity claim, boolean created) {
    }

    /**
     * Records claims in the caller's transaction, each one once (recording of the same claim runs one transaction at a
     * time): claims already stored (same fingerprint) are returned
     * as they are. One query finds the stored ones; the new ones are flushed together.
     */
    public Uni<List<Recorded>> recordAll(List<ClaimEntity> claims) {
        if (claims.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> fingerprints = claims.stream().map(c -> c.fingerprint).distinct().toList();
        return AdvisoryLocks.lock(FINGERPRINT_LOCKS, fingerprints)
                .chain(() -> ClaimEntity.<ClaimEntity> list("fingerprint in ?1", fingerprints))
                .chain(stored -> {
                    Map<String, ClaimEntity> byFingerprint = new java.util.HashMap<>();
                    stored.forEach(c -> byFingerprint.put(c.fingerprint, c));
                    List<ClaimEntity> fresh = new java.util.ArrayList<>();
                    List<Recorded> recorded = new java.util.ArrayList<>();
                    for (ClaimEntity claim : claims) {
                        ClaimEntity existing = byFingerprint.get(claim.fingerprint);
                        if (existing != null) {
                            recorded.add(new Recorded(existing, false));
                        } else {
                            byFingerprint.put(claim.fingerprint, claim);
                            fresh.add(claim);
                            recorded.add(new Recorded(claim, true));
                        }
                    }
                    return fresh.isEmpty() ? Uni.createFrom().item(recorded)
                            : ClaimEntity.persist(fresh).chain(() -> Panache.flush()).replaceWith(recorded);
                });
    }
}
