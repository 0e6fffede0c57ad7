package org.claimgraph.claims.claim;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.persistence.Sha256;

/**
 * When two reports are one statement: the one definition, used by recording (recordClaim, ingestion), corrections and
 * the migration that merged the duplicates recorded before (V8).
 * <p>
 * A claim is the same claimant's same figure for the same thing: claimant, subject, population, category, qualifier,
 * low, best, high, rate, since-date and as-of date (each date as precise as it was given: "as of February 2025" is
 * the month), scope and subgroup (case-insensitive). Its {@link #fingerprint fingerprint} hashes exactly these. Which
 * document reported it, the quote, span, confidence and extractor are not part of it: they belong to an appearance.
 * <p>
 * A figure with an asOf is dated by it, so the fingerprint is the whole identity. A figure without one is dated by the
 * reports themselves: two reports of it are one statement when the second's date (its document's publication date,
 * else the day it was recorded) is within {@link #SAME_STATEMENT_DAYS} days of the claim's statedOn (its first
 * appearance's date). The same figure said again a month later is another statement, and timelines show both.
 */
public final class ClaimIdentity {

    /** How far apart reports of a figure without asOf may be and still be the same statement: a week of coverage. */
    public static final int SAME_STATEMENT_DAYS = 7;

    private ClaimIdentity() {
    }

    /** What the claim says, whoever reported it: equal for every appearance of one statement. */
    public static String fingerprint(ClaimDraft claim) {
        return Sha256.hex(String.join("|", claim.claimantId.toString(), lower(claim.subject), claim.population.name(),
                claim.category.name(), claim.qualifier.name(), String.valueOf(claim.low), String.valueOf(claim.best),
                String.valueOf(claim.high), String.valueOf(claim.ratePer), date(claim.periodStart, claim.periodStartPrecision),
                date(claim.asOf, claim.asOfPrecision), lower(claim.scope), lower(claim.subgroup)));
    }

    /**
     * What one document was read to say: its id and the draft's figure. Finds an article's appearance again when the
     * article is read again, even after its claim was corrected. (The formula claims were fingerprinted with before
     * appearances existed, so that their appearances keep it.)
     */
    public static String reading(ClaimDraft claim) {
        String key = String.join("|", claim.documentId.toString(), claim.claimantId.toString(),
                claim.subject.toLowerCase(Locale.ROOT), claim.population.name(), claim.category.name(),
                String.valueOf(claim.low), String.valueOf(claim.best), String.valueOf(claim.high), claim.qualifier.name(),
                String.valueOf(claim.ratePer), String.valueOf(claim.periodStart), String.valueOf(claim.asOf));
        // scope and subgroup count only when set, as they did when they were added
        if (claim.scope != null || claim.subgroup != null) {
            key += "|" + String.valueOf(claim.scope).toLowerCase(Locale.ROOT) + "|" + String.valueOf(claim.subgroup).toLowerCase(Locale.ROOT);
        }
        return Sha256.hex(key);
    }

    /** A stored claim as identity compares it: its fingerprint, asOf and statedOn. */
    public interface Candidate {
        String fingerprint();

        LocalDate asOf();

        LocalDate statedOn();
    }

    /**
     * The claim among {@code candidates} that a report of {@code fingerprint}, dated {@code reportedOn}, is an
     * appearance of: the same fingerprint, and for a figure without asOf the nearest statedOn within
     * {@link #SAME_STATEMENT_DAYS}; empty when it is a new statement.
     */
    public static <C extends Candidate> Optional<C> statementOf(String fingerprint, LocalDate asOf, LocalDate reportedOn,
            Collection<C> candidates) {
        return candidates.stream()
                .filter(candidate -> candidate.fingerprint().equals(fingerprint))
                .filter(candidate -> asOf != null || withinDays(candidate.statedOn(), reportedOn))
                .min(Comparator.comparingLong(candidate -> distance(candidate.statedOn(), reportedOn)));
    }

    /** Whether a report dated {@code reportedOn} is close enough to a statement dated {@code statedOn}. */
    public static boolean withinDays(LocalDate statedOn, LocalDate reportedOn) {
        return distance(statedOn, reportedOn) <= SAME_STATEMENT_DAYS;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static String lower(String text) {
        return text == null ? "null" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A date as precise as it was given: 2025-02 for "February 2025". */
    private static String date(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return "null";
        }
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> date.toString().substring(0, 7);
            default -> date.toString();
        };
    }
}
