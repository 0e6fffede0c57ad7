package org.claimgraph.claims.claim;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.claimgraph.claims.extraction.Subjects;
import org.claimgraph.common.graphql.DatePrecision;
import org.claimgraph.common.graphql.InvalidInputException;

/**
 * What a claim says and where it was read: every field a claim is written with, declared once. Each way of writing
 * a claim makes a draft ({@link ClaimInput#draft recordClaim}, ingestion from an extracted claim, a correction applied to
 * the stored claim's draft), checks it with {@link #validated(String)}, told the path of the input it came from so
 * that an error names the client's field, and hands it to {@link ClaimService#recordAll} or, corrected, to
 * {@link ClaimEntity#apply}. Its documentId, quote, span, confidence and extractor are those of one appearance;
 * {@link ClaimIdentity} says which fields make the claim. A new field is
 * added here, in the entity and its migration, and in the GraphQL types that show or take it.
 */
@RegisterForReflection(fields = true)
public final class ClaimDraft {

    /** The draft's fields, in declaration order: what {@link #copy()} copies and {@link #changes(ClaimDraft)} compares. */
    private static final List<Field> FIELDS = Arrays.stream(ClaimDraft.class.getDeclaredFields())
            .filter(field -> Modifier.isPublic(field.getModifiers()) && !Modifier.isStatic(field.getModifiers()))
            .toList();

    static final int MAX_SUBJECT = 100;
    static final int MAX_QUOTE = 5000;
    static final int MAX_EXTRACTOR = 50;
    static final int MAX_SCOPE = 200;

    public UUID documentId;
    public UUID claimantId;
    public String subject;
    public Population population;
    public CasualtyCategory category;
    public Integer low;
    public Integer best;
    public Integer high;
    public Qualifier qualifier;
    public RatePer ratePer;
    public LocalDate periodStart;
    public DatePrecision periodStartPrecision;
    public LocalDate asOf;
    public DatePrecision asOfPrecision;
    public String quote;
    public Integer spanStart;
    public Integer spanEnd;
    /** The region, town or unit the figure is limited to; null for a national total. */
    public String scope;
    /** The part of the population counted (children, women, hostages, a unit); null for all of it. */
    public String subgroup;
    public double confidence = 1.0;
    public String extractor = "manual";

    /** The draft of a stored claim: what a correction starts from, and what its history compares. */
    public static ClaimDraft of(ClaimEntity claim) {
        ClaimDraft draft = new ClaimDraft();
        draft.documentId = claim.documentId;
        draft.claimantId = claim.claimantId;
        draft.subject = claim.subject;
        draft.population = claim.population;
        draft.category = claim.category;
        draft.low = claim.low;
        draft.best = claim.best;
        draft.high = claim.high;
        draft.qualifier = claim.qualifier;
        draft.ratePer = claim.ratePer;
        draft.periodStart = claim.periodStart;
        draft.periodStartPrecision = claim.periodStartPrecision;
        draft.asOf = claim.asOf;
        draft.asOfPrecision = claim.asOfPrecision;
        draft.quote = claim.quote;
        draft.spanStart = claim.spanStart;
        draft.spanEnd = claim.spanEnd;
        draft.scope = claim.scope;
        draft.subgroup = claim.subgroup;
        draft.confidence = claim.confidence;
        draft.extractor = claim.extractor;
        return draft;
    }

    /** A copy of this draft, field by field. */
    public ClaimDraft copy() {
        ClaimDraft copy = new ClaimDraft();
        try {
            for (Field field : FIELDS) {
                field.set(copy, field.get(this));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return copy;
    }

    /**
     * The fields whose values differ from {@code other}'s: name to {before, after}, each value as text (null stays
     * null), in declaration order. What a claim's history records of a correction.
     */
    public Map<String, String[]> changes(ClaimDraft other) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        try {
            for (Field field : FIELDS) {
                Object before = field.get(this);
                Object after = field.get(other);
                if (!Objects.equals(text(before), text(after))) {
                    changes.put(field.getName(), new String[] { text(before), text(after) });
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return changes;
    }

    private static String text(Object value) {
        if (value instanceof Float || value instanceof Double) {
            return String.valueOf((float) ((Number) value).doubleValue());
        }
        return value == null ? null : value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    /**
     * The draft checked and normalized (text stripped, figures completed after UCDP's convention, date precisions
     * defaulted), or an {@link InvalidInputException} naming {@code path.field}.
     *
     * @param path where the draft's fields are in the request ({@code input}); an empty path names the fields alone
     */
    public ClaimDraft validated(String path) {
        ClaimDraft checked = new ClaimDraft();
        checked.documentId = required(path, "documentId", documentId);
        checked.claimantId = required(path, "claimantId", claimantId);
        checked.subject = Subjects.canonical(requireText(path, "subject", subject, MAX_SUBJECT));
        checked.population = required(path, "population", population);
        checked.category = required(path, "category", category);
        checked.qualifier = required(path, "qualifier", qualifier);
        checked.ratePer = ratePer;
        Figures figures = Figures.of(path, qualifier, low, best, high);
        checked.low = figures.low();
        checked.best = figures.best();
        checked.high = figures.high();
        checked.periodStart = periodStart;
        checked.periodStartPrecision = precision(path, "periodStartPrecision", periodStart, periodStartPrecision);
        checked.asOf = asOf;
        checked.asOfPrecision = precision(path, "asOfPrecision", asOf, asOfPrecision);
        notInTheFuture(field(path, "periodStart"), periodStart);
        notInTheFuture(field(path, "asOf"), asOf);
        if (periodStart != null && asOf != null && periodStart.isAfter(asOf)) {
            throw new InvalidInputException(field(path, "periodStart"), "must not be after asOf (" + periodStart + " > " + asOf + ")");
        }
        checked.quote = requireText(path, "quote", quote, MAX_QUOTE);
        if ((spanStart == null) != (spanEnd == null)) {
            throw new InvalidInputException(field(path, spanStart == null ? "spanStart" : "spanEnd"), "spanStart and spanEnd go together");
        }
        if (spanStart != null) {
            if (spanStart < 0) {
                throw new InvalidInputException(field(path, "spanStart"), "must not be negative, was " + spanStart);
            }
            if (spanEnd < spanStart) {
                throw new InvalidInputException(field(path, "spanEnd"), "must not be before spanStart (" + spanEnd + " < " + spanStart + ")");
            }
        }
        checked.spanStart = spanStart;
        checked.spanEnd = spanEnd;
        checked.scope = optionalText(path, "scope", scope, MAX_SCOPE);
        checked.subgroup = optionalText(path, "subgroup", subgroup, MAX_SCOPE);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new InvalidInputException(field(path, "confidence"), "must be between 0 and 1, was " + confidence);
        }
        checked.confidence = confidence;
        checked.extractor = requireText(path, "extractor", extractor, MAX_EXTRACTOR);
        return checked;
    }

    /** {@code path.name}, or {@code name} alone for an empty path. */
    public static String field(String path, String name) {
        return path == null || path.isEmpty() ? name : path + "." + name;
    }

    private static <T> T required(String path, String name, T value) {
        if (value == null) {
            throw new InvalidInputException(field(path, name), "must be given");
        }
        return value;
    }

    private static DatePrecision precision(String path, String name, LocalDate date, DatePrecision precision) {
        if (date == null && precision != null) {
            throw new InvalidInputException(field(path, name), "needs the date it qualifies");
        }
        return date == null ? null : precision == null ? DatePrecision.DAY : precision;
    }

    private static String optionalText(String path, String name, String raw, int maxLength) {
        if (raw != null && raw.isBlank()) {
            throw new InvalidInputException(field(path, name), "must not be blank when given");
        }
        return raw == null ? null : requireText(path, name, raw, maxLength);
    }

    static String requireText(String path, String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field(path, name), "must not be empty");
        }
        String text = raw.strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field(path, name), "must be at most " + maxLength + " characters");
        }
        return text;
    }

    /** A claim states what was known by a date; estimates refuse a future asOf, and so does recording. */
    private static void notInTheFuture(String field, LocalDate date) {
        // a day of slack: "today" on the client's side of the date line may be tomorrow in UTC
        LocalDate latest = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
        if (date != null && date.isAfter(latest)) {
            throw new InvalidInputException(field, "must not be in the future (" + date + " is after " + latest.minusDays(1) + ")");
        }
    }
}
