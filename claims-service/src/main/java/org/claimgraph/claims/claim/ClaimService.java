package org.claimgraph.claims.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    /** The advisory-lock namespace of statements' fingerprints: recording and claimant merges of one statement take turns. */
    static final int FINGERPRINT_LOCKS = 2;

    public Uni<ClaimEntity> get(UUID id, String field) {
        return find(id).onItem().ifNull().failWith(() -> new NotFoundException(field, "claim", id));
    }

    /**
     * The claim with this id, or the claim it was merged into as the same statement (migration V8, or a merge of their
     * claimants: {@link ClaimantMerge}), or null. Expects a
     * session of the caller.
     */
    static Uni<ClaimEntity> find(UUID id) {
        return ClaimEntity.<ClaimEntity> findById(id).chain(claim -> claim != null ? Uni.createFrom().item(claim)
                : Panache.getSession().chain(session -> session.createNativeQuery(
                        "select cast(merged_into as text) from claims.merged_claim where id = :id", String.class)
                        .setParameter("id", id).getResultList())
                        .chain(kept -> kept.isEmpty() ? Uni.createFrom().nullItem()
                                : ClaimEntity.<ClaimEntity> findById(UUID.fromString(kept.get(0)))));
    }

    /** The claims merged into each of these claims as the same statement, by kept claim, oldest id first. */
    public Uni<Map<UUID, List<UUID>>> mergedInto(Set<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select merged_into, id from claims.merged_claim where merged_into in (:ids) order by merged_into, id", Object[].class)
                .setParameter("ids", new TreeSet<>(claimIds)).getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(row -> ClaimRows.uuid(row[0]), LinkedHashMap::new,
                        Collectors.mapping(row -> ClaimRows.uuid(row[1]), Collectors.toList()))));
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
     * The first {@code size} claims (after the cursor) of each owner, for a batch of owners in one SQL query: the claims
     * a claimant makes, or the claims a document reports (any of their appearances, not only the first).
     *
     * @param ownerColumn {@code claimant_id} or {@code document_id}
     */
    public Uni<Map<UUID, List<ClaimEntity>>> pagesByOwner(String ownerColumn, Set<UUID> owners, int size, String after) {
        String owned = switch (ownerColumn) {
            case "claimant_id" -> "select id as claim_id, claimant_id as owner from claims.claim";
            case "document_id" -> "select claim_id, document_id as owner from claims.claim_appearance";
            default -> throw new IllegalArgumentException(ownerColumn);
        };
        if (owners.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        UUID afterId = after == null ? null : Ids.parse("after", Paging.decode(after, 1)[0]);
        String sql = "select ranked.owner, " + ClaimRows.COLUMNS + " from (select claim_id, owner, row_number() over"
                + " (partition by owner order by claim_id) as position from (" + owned + ") o where owner in (:owners)"
                + (afterId == null ? "" : " and claim_id > :after") + ") ranked join claims.claim c on c.id = ranked.claim_id"
                + " where ranked.position <= :limit order by ranked.owner, c.id";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class)
                    .setParameter("owners", new TreeSet<>(owners))
                    .setParameter("limit", size);
            if (afterId != null) {
                query.setParameter("after", afterId);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().collect(Collectors.groupingBy(row -> ClaimRows.uuid(row[0]), LinkedHashMap::new,
                Collectors.mapping(row -> ClaimRows.read(row, 1), Collectors.toList()))));
    }

    /** What recording a draft did. */
    public enum Outcome {
        /** A new statement: a new claim with its first appearance. */
        CREATED,
        /** A statement stored before from other documents: this document was added as one more appearance. */
        APPEARED,
        /** This document's appearance of the claim was stored before: nothing changed. */
        UNCHANGED
    }

    /** A claim as stored, its appearance in the draft's document, and what this call did. */
    public record Recorded(ClaimEntity claim, AppearanceEntity appearance, Outcome outcome) {
        public boolean created() {
            return outcome == Outcome.CREATED;
        }
    }

    /**
     * Records validated drafts in the caller's transaction, as {@link ClaimIdentity} says: a draft read from a document
     * before (the same reading) finds its appearance; else a draft of a statement stored before adds its document as
     * an appearance; else it is a new claim. Recording of the same statement runs one transaction at a time
     * (advisory locks on the fingerprints), so concurrent reports of one statement make one claim. Three queries find
     * what is stored; the new rows are flushed together.
     *
     * @param publishedOn the publication date of each draft's document, where known
     */
    public Uni<List<Recorded>> recordAll(List<ClaimDraft> drafts, Map<UUID, LocalDate> publishedOn) {
        if (drafts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> fingerprints = drafts.stream().map(ClaimIdentity::fingerprint).distinct().toList();
        List<String> readings = drafts.stream().map(ClaimIdentity::reading).distinct().toList();
        Set<UUID> documents = drafts.stream().map(draft -> draft.documentId).collect(Collectors.toCollection(TreeSet::new));
        return AdvisoryLocks.lock(FINGERPRINT_LOCKS, fingerprints)
                .chain(() -> AppearanceEntity.<AppearanceEntity> list("reading in ?1", readings))
                .chain(readBefore -> {
                    Set<UUID> readClaims = readBefore.stream().map(a -> a.claimId).collect(Collectors.toCollection(TreeSet::new));
                    return (readClaims.isEmpty() ? ClaimEntity.<ClaimEntity> list("fingerprint in ?1", fingerprints)
                            : ClaimEntity.<ClaimEntity> list("fingerprint in ?1 or id in ?2", (Object) fingerprints, (Object) readClaims))
                            .chain(stored -> (stored.isEmpty() ? Uni.createFrom().item(List.<AppearanceEntity> of())
                                    : AppearanceEntity.<AppearanceEntity> list("claimId in ?1 and documentId in ?2",
                                            (Object) stored.stream().map(c -> c.id).collect(Collectors.toCollection(TreeSet::new)), (Object) documents))
                                    .chain(inDocuments -> store(drafts, publishedOn, readBefore, stored, inDocuments)));
                });
    }

    private Uni<List<Recorded>> store(List<ClaimDraft> drafts, Map<UUID, LocalDate> publishedOn, List<AppearanceEntity> readBefore,
            List<ClaimEntity> stored, List<AppearanceEntity> inDocuments) {
        Map<String, AppearanceEntity> byReading = new HashMap<>();
        readBefore.forEach(a -> byReading.put(a.reading, a));
        Map<UUID, ClaimEntity> claimsById = new HashMap<>();
        stored.forEach(c -> claimsById.put(c.id, c));
        List<ClaimEntity> candidates = new ArrayList<>(stored);
        Map<List<UUID>, AppearanceEntity> byClaimAndDocument = new HashMap<>();
        inDocuments.forEach(a -> byClaimAndDocument.put(List.of(a.claimId, a.documentId), a));
        List<ClaimEntity> freshClaims = new ArrayList<>();
        List<AppearanceEntity> freshAppearances = new ArrayList<>();
        Set<ClaimEntity> appeared = new LinkedHashSet<>();
        List<Recorded> recorded = new ArrayList<>();
        for (ClaimDraft draft : drafts) {
            AppearanceEntity again = byReading.get(ClaimIdentity.reading(draft));
            if (again != null) {
                recorded.add(new Recorded(claimsById.get(again.claimId), again, Outcome.UNCHANGED));
                continue;
            }
            LocalDate published = publishedOn.get(draft.documentId);
            LocalDate reportedOn = AppearanceEntity.reportedOn(published, OffsetDateTime.now(ZoneOffset.UTC));
            ClaimEntity claim = ClaimIdentity.statementOf(ClaimIdentity.fingerprint(draft), draft.asOf, reportedOn, candidates).orElse(null);
            Outcome outcome;
            if (claim == null) {
                claim = ClaimEntity.recorded(draft, published);
                candidates.add(claim);
                claimsById.put(claim.id, claim);
                freshClaims.add(claim);
                outcome = Outcome.CREATED;
            } else {
                AppearanceEntity inDocument = byClaimAndDocument.get(List.of(claim.id, draft.documentId));
                if (inDocument != null) {
                    // the document reports the claim already, read a little differently (another sentence of it)
                    recorded.add(new Recorded(claim, inDocument, Outcome.UNCHANGED));
                    continue;
                }
                appeared.add(claim);
                outcome = Outcome.APPEARED;
            }
            AppearanceEntity appearance = AppearanceEntity.of(claim.id, draft, published);
            byReading.put(appearance.reading, appearance);
            byClaimAndDocument.put(List.of(claim.id, appearance.documentId), appearance);
            freshAppearances.add(appearance);
            recorded.add(new Recorded(claim, appearance, outcome));
        }
        if (freshAppearances.isEmpty()) {
            return Uni.createFrom().item(recorded);
        }
        Uni<Void> claimsStored = freshClaims.isEmpty() ? Uni.createFrom().voidItem()
                : ClaimEntity.persist(freshClaims).chain(() -> Panache.flush());
        return claimsStored
                .chain(() -> AppearanceEntity.persist(freshAppearances))
                .chain(() -> Panache.flush())
                // a new appearance may be the earliest: the database moved the claim's document, quote and statedOn
                .chain(() -> Panache.getSession().chain(session -> refreshAll(session, List.copyOf(appeared))))
                .replaceWith(recorded);
    }

    private static Uni<Void> refreshAll(org.hibernate.reactive.mutiny.Mutiny.Session session, List<ClaimEntity> claims) {
        Uni<Void> refreshed = Uni.createFrom().voidItem();
        for (ClaimEntity claim : claims) {
            refreshed = refreshed.chain(() -> session.refresh(claim));
        }
        return refreshed;
    }

    /** The appearances of each claim, first appearance first, in one SQL query. */
    public Uni<Map<UUID, List<AppearanceEntity>>> appearances(Set<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return AppearanceEntity.<AppearanceEntity> list("claimId in ?1 order by claimId, statedOn, recordedAt, id", new TreeSet<>(claimIds))
                .map(rows -> rows.stream().collect(Collectors.groupingBy(a -> a.claimId, LinkedHashMap::new, Collectors.toList())));
    }
}
