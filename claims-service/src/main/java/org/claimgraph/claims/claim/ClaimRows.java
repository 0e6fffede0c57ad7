package org.claimgraph.claims.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.persistence.SqlValues;

/**
 * Claims read by native SQL as plain rows ({@code Object[]}), for queries that return more than a claim per row. The
 * columns are those of {@link #COLUMNS}, in that order, starting at some offset of the row.
 */
public final class ClaimRows {

    /** The columns of {@link ClaimEntity}, for the alias {@code c}. */
    public static final String COLUMNS = "c.id, c.document_id, c.claimant_id, c.subject, c.population, c.category, c.low,"
            + " c.best, c.high, c.qualifier, c.rate_per, c.period_start, c.period_start_precision, c.as_of, c.as_of_precision,"
            + " c.quote, c.span_start, c.span_end, c.confidence, c.extractor, c.recorded_at, c.stated_on, c.scope, c.subgroup, c.status, c.version";
    public static final int COLUMN_COUNT = 26;
    /** Every column {@link ClaimEntity} maps, for native queries that read entities. */
    public static final String ENTITY_COLUMNS = COLUMNS + ", c.fingerprint";

    private ClaimRows() {
    }

    /** The claim in {@code row} from column {@code offset}, or null when the claim's columns are null (an outer join). */
    public static ClaimEntity read(Object[] row, int offset) {
        if (row[offset] == null) {
            return null;
        }
        int i = offset;
        ClaimEntity claim = new ClaimEntity();
        claim.id = uuid(row[i++]);
        claim.documentId = uuid(row[i++]);
        claim.claimantId = uuid(row[i++]);
        claim.subject = (String) row[i++];
        claim.population = Population.valueOf((String) row[i++]);
        claim.category = CasualtyCategory.valueOf((String) row[i++]);
        claim.low = integer(row[i++]);
        claim.best = integer(row[i++]);
        claim.high = integer(row[i++]);
        claim.qualifier = Qualifier.valueOf((String) row[i++]);
        claim.ratePer = row[i] == null ? null : RatePer.valueOf((String) row[i]);
        i++;
        claim.periodStart = date(row[i++]);
        claim.periodStartPrecision = precision(row[i++]);
        claim.asOf = date(row[i++]);
        claim.asOfPrecision = precision(row[i++]);
        claim.quote = (String) row[i++];
        claim.spanStart = integer(row[i++]);
        claim.spanEnd = integer(row[i++]);
        claim.confidence = ((Number) row[i++]).floatValue();
        claim.extractor = (String) row[i++];
        claim.recordedAt = timestamp(row[i++]);
        claim.statedOn = date(row[i++]);
        claim.scope = (String) row[i++];
        claim.subgroup = (String) row[i++];
        claim.status = ClaimStatus.valueOf((String) row[i++]);
        claim.version = ((Number) row[i]).intValue();
        return claim;
    }

    // The reactive driver hands back java.time and UUID values; the JDBC-style types are accepted as well so that a
    // change of driver or dialect cannot break the mapping silently.
    public static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    private static DatePrecision precision(Object value) {
        return value == null ? null : DatePrecision.valueOf((String) value);
    }

    static OffsetDateTime timestamp(Object value) {
        return SqlValues.timestamp(value);
    }
}
