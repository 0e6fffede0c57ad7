package org.claimgraph.claims.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.graphql.Ids;
import org.claimgraph.common.graphql.InvalidInputException;
import org.claimgraph.common.graphql.NotFoundException;
import org.claimgraph.common.graphql.Paging;
import org.claimgraph.common.persistence.AdvisoryLocks;
import org.claimgraph.common.persistence.Sha256;

/** Claims. Every method expects to run inside a session (reads) or a transaction (writes) of the caller. */
@ApplicationScoped
public class ClaimService {

    static final int MAX_SUBJECT = 100;
    static final int MAX_QUOTE = 5000;
    static final int MAX_EXTRACTOR = 50;
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

    /**
     * A new, unsaved claim from the input, or an {@link InvalidInputException} naming the field at fault.
     *
     * @param publishedOn the publication date of the claim's document, if known: the claim counts from it when it has
     *        no asOf
     */
    public static ClaimEntity validate(ClaimInput input, LocalDate publishedOn) {
        ClaimEntity claim = new ClaimEntity();
        claim.id = Ids.newId();
        claim.documentId = Ids.parse("input.documentId", input.documentId);
        claim.claimantId = Ids.parse("input.claimantId", input.claimantId);
        claim.subject = requireText("input.subject", input.subject, MAX_SUBJECT);
        claim.population = input.population;
        claim.category = input.category;
        claim.qualifier = input.qualifier;
        claim.ratePer = input.ratePer;
        Figures figures = Figures.of(input.qualifier, input.low, input.best, input.high);
        claim.low = figures.low();
        claim.best = figures.best();
        claim.high = figures.high();
        claim.periodStartPrecision = precision("input.periodStartPrecision", input.periodStart, input.periodStartPrecision);
        claim.periodStart = input.periodStart;
        claim.asOfPrecision = precision("input.asOfPrecision", input.asOf, input.asOfPrecision);
        claim.asOf = input.asOf;
        notInTheFuture("input.periodStart", claim.periodStart);
        notInTheFuture("input.asOf", claim.asOf);
        if (claim.periodStart != null && claim.asOf != null && claim.periodStart.isAfter(claim.asOf)) {
            throw new InvalidInputException("input.periodStart", "must not be after asOf (" + claim.periodStart + " > " + claim.asOf + ")");
        }
        claim.quote = requireText("input.quote", input.quote, MAX_QUOTE);
        if ((input.spanStart == null) != (input.spanEnd == null)) {
            throw new InvalidInputException(input.spanStart == null ? "input.spanStart" : "input.spanEnd",
                    "spanStart and spanEnd go together");
        }
        if (input.spanStart != null) {
            if (input.spanStart < 0) {
                throw new InvalidInputException("input.spanStart", "must not be negative, was " + input.spanStart);
            }
            if (input.spanEnd < input.spanStart) {
                throw new InvalidInputException("input.spanEnd", "must not be before spanStart (" + input.spanEnd + " < " + input.spanStart + ")");
            }
        }
        claim.spanStart = input.spanStart;
        claim.spanEnd = input.spanEnd;
        double confidence = input.confidence == null ? 1.0 : input.confidence;
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new InvalidInputException("input.confidence", "must be between 0 and 1, was " + confidence);
        }
        claim.confidence = (float) confidence;
        claim.extractor = input.extractor == null ? "manual" : requireText("input.extractor", input.extractor, MAX_EXTRACTOR);
        claim.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        setStatedOn(claim, publishedOn);
        claim.fingerprint = fingerprint(claim);
        return claim;
    }

    /** A claim states what was known by a date; estimates refuse a future asOf, and so does recording. */
    private static void notInTheFuture(String field, LocalDate date) {
        // A day of slack: "today" on the client's side of the date line may be tomorrow in UTC.
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        if (date != null && date.isAfter(latest)) {
            throw new InvalidInputException(field, "must not be in the future (" + date + " is after " + latest.minusDays(1) + ")");
        }
    }

    /**
     * Sets the date the claim counts from once its document's publication date is known: asOf, else that date, else
     * the day it was recorded. The database computes the same (trigger claim_stated_on); it is set here so that the
     * stored claim can be returned as it is.
     */
    public static void setStatedOn(ClaimEntity claim, LocalDate publishedOn) {
        claim.statedOn = claim.asOf != null ? claim.asOf : publishedOn != null ? publishedOn : claim.recordedAt.toLocalDate();
    }

    private static DatePrecision precision(String field, LocalDate date, DatePrecision precision) {
        if (date == null && precision != null) {
            throw new InvalidInputException(field, "needs the date it qualifies");
        }
        return date == null ? null : precision == null ? DatePrecision.DAY : precision;
    }

    private static String requireText(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        String text = raw.strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    /** What the claim says, independent of where in the document it was read: the identity of a claim. */
    static String fingerprint(ClaimEntity claim) {
        String key = String.join("|", claim.documentId.toString(), claim.claimantId.toString(),
                claim.subject.toLowerCase(Locale.ROOT), claim.population.name(), claim.category.name(),
                String.valueOf(claim.low), String.valueOf(claim.best), String.valueOf(claim.high), claim.qualifier.name(),
                String.valueOf(claim.ratePer), String.valueOf(claim.periodStart), String.valueOf(claim.asOf));
        return Sha256.hex(key);
    }
}
