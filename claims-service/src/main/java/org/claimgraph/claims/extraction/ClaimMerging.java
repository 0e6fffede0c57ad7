package org.claimgraph.claims.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimgraph.claims.claim.Qualifier;

/**
 * Merges what one article says twice: a headline that the body repeats, and the same claim read from two sentences.
 */
final class ClaimMerging {

    private ClaimMerging() {
    }

    /**
     * A headline repeats the body's figure, often without its source or with a shorter name ("Ukraine lost nearly 3,000
     * soldiers", "..., Lebanese minister says"): a headline claim the body states again is one statement, kept as the
     * body states it.
     */
    static List<ExtractedClaim> headlineFromBody(String text, List<ExtractedClaim> claims) {
        int lineEnd = headlineEnd(text);
        if (lineEnd < 0) {
            return claims;
        }
        List<ExtractedClaim> result = new ArrayList<>(claims.size());
        for (ExtractedClaim claim : claims) {
            boolean repeated = false;
            if (claim.spanStart() < lineEnd) {
                for (ExtractedClaim body : claims) {
                    if (body.spanStart() > lineEnd && java.util.Objects.equals(body.subject(), claim.subject())
                            && body.category() == claim.category() && (sameFigure(body, claim) || roundedFrom(claim, body))
                            && (body.claimant() != null || claim.claimant() == null)) {
                        repeated = true; // the body says it again, with its source: one statement, kept as the body has it
                        break;
                    }
                    if (body.spanStart() > lineEnd && claim.claimant() == null && body.claimant() != null
                            && body.category() == claim.category() && sameFigure(body, claim) && !twoSidesAlike(claim, claims, lineEnd)) {
                        // "15 soldiers killed in Gaza battle" over "the Israeli army reports ... 15": the headline names
                        // where, the body whose losses
                        repeated = true;
                        break;
                    }
                }
            }
            if (!repeated) {
                result.add(claim);
            }
        }
        return result;
    }

    /** "Five Israelis and five Palestinians killed": the headline gives the same figure of two sides. */
    private static boolean twoSidesAlike(ExtractedClaim headline, List<ExtractedClaim> claims, int lineEnd) {
        for (ExtractedClaim other : claims) {
            if (other != headline && other.spanStart() < lineEnd && other.category() == headline.category()
                    && sameFigure(other, headline) && !java.util.Objects.equals(other.subject(), headline.subject())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the headline ends: the first line, or the first after short lines without a figure that a page puts above
     * it ("News / World", the outlet's name); -1 when the text opens with no headline.
     */
    private static int headlineEnd(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                return -1;
            }
            String line = text.substring(start, end).strip();
            if (start == 0 && DATELINE.matcher(line).lookingAt()) {
                return -1; // "MOSUL: The army said ...": the story opens with its dateline, under no headline
            }
            if (!line.isEmpty() && (line.length() >= 60 || line.chars().anyMatch(Character::isDigit) || namesCasualties(line))) {
                return end - start > 300 || line.endsWith(".") && start > 0 ? -1 : end; // below a label, a sentence is the body
            }
            start = end + 1;
        }
        return -1;
    }

    /** Where a story was filed, opening its first paragraph: "COLOMBO:", "BOGOTA, Colombia (AP) -", "KIEV:". */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "[A-Z]{3,}[A-Z .'/]*(, [A-Z][A-Za-z .]+)?( \\([^)]{1,40}\\))?\\s*[:\\-–—]");

    private static boolean namesCasualties(String line) {
        for (String word : line.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (Lexicon.CATEGORY_WORDS.containsKey(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A headline rounds the body's figure: "toll surpasses 600" over a body's 606, "nearly 100 killed" over 92. A round
     * headline number within a tenth of the body's, or a lower bound the body's figure passes by up to a quarter.
     */
    private static boolean roundedFrom(ExtractedClaim headline, ExtractedClaim body) {
        Integer rounded = headline.best() != null ? headline.best() : headline.low() != null ? headline.low() : headline.high();
        // "up to 2,975" in the body under "nearly 3,000" in the headline
        Integer exact = body.best() != null ? body.best() : body.qualifier() == Qualifier.AT_LEAST ? body.low()
                : body.qualifier() == Qualifier.AT_MOST ? body.high() : null;
        if (rounded == null || exact == null || rounded % 10 != 0 || rounded.equals(exact)) {
            return false;
        }
        return switch (headline.qualifier()) {
            case AT_LEAST -> exact > rounded && exact - rounded <= rounded / 4; // "over 200" over the body's 224
            case AT_MOST -> exact < rounded && rounded - exact <= rounded / 10;
            case RANGE -> false;
            default -> Math.abs(rounded - exact) <= rounded / 10;
        };
    }

    /** The same number, whatever the qualifier: "nearly 3,000" and "3,000", "over 5,000" and "more than 5,000". */
    private static boolean sameFigure(ExtractedClaim a, ExtractedClaim b) {
        Integer x = a.best() != null ? a.best() : a.low() != null ? a.low() : a.high();
        Integer y = b.best() != null ? b.best() : b.low() != null ? b.low() : b.high();
        return x != null && x.equals(y);
    }

    /** Keeps one claim per claimant and figure: a headline and the body saying the same thing are one claim. */
    static List<ExtractedClaim> deduplicate(List<ExtractedClaim> claims) {
        Map<List<Object>, ExtractedClaim> unique = new LinkedHashMap<>();
        for (ExtractedClaim claim : claims) {
            List<Object> key = java.util.Arrays.asList(claim.claimant() == null ? null : claim.claimant().toLowerCase(java.util.Locale.ROOT),
                    claim.subject(), claim.population(), claim.category(), claim.low(), claim.best(), claim.high(),
                    // "some 31,000" in a caption and "31,000" in the text are one statement
                    claim.qualifier() == Qualifier.APPROXIMATELY && java.util.Objects.equals(claim.low(), claim.high())
                            ? Qualifier.EXACT : claim.qualifier(), claim.ratePer(), claim.subgroup(), claim.scope(),
                    claim.figure().equalsIgnoreCase("another"), onePerson(claim), anotherEvent(claim));
            unique.merge(key, claim, (kept, again) -> again.dateDetail() > kept.dateDetail() ? kept.withDates(again) : kept);
        }
        List<ExtractedClaim> statements = new ArrayList<>();
        List<List<Object>> statementKeys = new ArrayList<>();
        for (ExtractedClaim claim : unique.values()) {
            if (restatesABound(claim, unique.values())) {
                continue;
            }
            List<Object> key = statementKey(claim);
            int same = -1;
            for (int k = 0; k < statements.size() && same < 0; k++) {
                if (statementKeys.get(k).equals(key) && !partsOfOneList(statements.get(k), claim)) {
                    same = k;
                }
            }
            if (same < 0) {
                statements.add(claim);
                statementKeys.add(key);
            } else {
                statements.set(same, betterSourced(statements.get(same), claim));
            }
        }
        List<ExtractedClaim> result = new ArrayList<>(statements.size());
        for (ExtractedClaim claim : statements) {
            if (!deathsCalledCasualties(claim, statements)) {
                result.add(claim);
            }
        }
        return result;
    }

    /**
     * "nine children and nine women", "a child and a woman": parts of one sentence's breakdown, as many of each; and
     * "another" is never the one before it ("one in Tyre and another in Sidon").
     */
    private static boolean partsOfOneList(ExtractedClaim a, ExtractedClaim b) {
        return a.spanStart() == b.spanStart() && (differ(a.subgroup(), b.subgroup()) || differ(a.scope(), b.scope())
                || a.figure().equalsIgnoreCase("another") || b.figure().equalsIgnoreCase("another"));
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /**
     * "the 48 casualties include 34 soldiers" where the article counts 48 dead, and "34 soldiers have been confirmed
     * dead": casualties of the same side and number as a death toll are the dead, written loosely.
     */
    private static boolean deathsCalledCasualties(ExtractedClaim claim, java.util.Collection<ExtractedClaim> all) {
        if (claim.category() != org.claimgraph.claims.claim.CasualtyCategory.CASUALTIES) {
            return false;
        }
        for (ExtractedClaim other : all) {
            if (other.category() == org.claimgraph.claims.claim.CasualtyCategory.KILLED
                    && java.util.Objects.equals(other.subject(), claim.subject()) && sameFigure(other, claim)
                    && other.qualifier() == claim.qualifier()) {
                return true;
            }
        }
        return false;
    }

    /**
     * One figure of one side told again in the same article ("Afghan officials say at least 26 were killed" and later
     * "spokesman X said 26 were killed") is one statement whoever the sentence names: the same side, population,
     * category, number and rate.
     */
    private static final int SHARED_FIGURE = 100;

    private static List<Object> statementKey(ExtractedClaim claim) {
        Integer number = claim.qualifier() == Qualifier.RANGE ? null : claim.best() != null ? claim.best()
                : claim.low() != null ? claim.low() : claim.high();
        // a figure of a hundred or more told twice is one statement whoever it is said to count ("240 people", "240
        // civilians"); small counts repeat across the events of one article and keep their population apart
        Integer size = number != null ? number : claim.high();
        Object population = size != null && size >= SHARED_FIGURE ? null : claim.population();
        return java.util.Arrays.asList(claim.subject(), population, claim.category(), number,
                number == null ? claim.low() : null, number == null ? claim.high() : null, claim.ratePer(), onePerson(claim),
                anotherEvent(claim));
    }

    /** "in another attack", "in a separate strike": the sentence tells of an event of its own. */
    private static final java.util.regex.Pattern ANOTHER_EVENT = java.util.regex.Pattern.compile(
            "\\b(?:another|a separate|separate|a second|a further|a different)\\s+(?:\\w+\\s+)?(?:attacks?|strikes?|incidents?|raids?"
                    + "|shelling|bombings?|ambush(?:es)?|clash(?:es)?|explosions?|blasts?|air ?strikes?|assaults?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The sentence of a claim that tells of an event of its own, so that the same figure elsewhere is another count. */
    private static Object anotherEvent(ExtractedClaim claim) {
        return ANOTHER_EVENT.matcher(claim.quote()).find() ? claim.spanStart() : null;
    }

    /**
     * Who a count of one describes: "a 49-year-old man" killed and, later, "an 82-year-old woman" killed are two people,
     * "a soldier" in the headline and "one soldier" in the body one.
     */
    private static String onePerson(ExtractedClaim claim) {
        if (claim.best() == null || claim.best() != 1 || claim.figure() == null) {
            return null;
        }
        return claim.figure().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(an|one)\\b", "a");
    }

    /**
     * Of two tellings, the one whose source is named in its own sentence; a source carried from another sentence is a
     * guess that loses even to the outlet's own telling. The first wins a tie.
     */
    private static ExtractedClaim betterSourced(ExtractedClaim kept, ExtractedClaim again) {
        return sourcing(again) < sourcing(kept) ? again : kept;
    }

    private static int sourcing(ExtractedClaim claim) {
        return switch (claim.attribution()) {
            case STATED -> 0;
            case PRONOUN -> 1;
            case UNATTRIBUTED -> 2;
            case CONTINUED, FOLLOWING_SENTENCE -> 3;
        };
    }

    /** "Iran's Health Ministry" and, later, "the ministry": names that share a word of four letters or more. */
    private static boolean sameSource(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : a.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                words.add(w);
            }
        }
        for (String w : b.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "at least 224 people were killed" and, quoted later, "224 citizens were killed": the same source's one figure, the
     * bare number a restatement of the bound it gave; so is "42,603" under its "more than 42,600", a round bound the
     * exact figure passes by less than a hundredth.
     */
    private static boolean restatesABound(ExtractedClaim claim, java.util.Collection<ExtractedClaim> all) {
        if (claim.qualifier() != Qualifier.EXACT || claim.claimant() == null || claim.best() == null) {
            return false;
        }
        for (ExtractedClaim other : all) {
            if (other.qualifier() == Qualifier.AT_LEAST && (claim.best().equals(other.low()) || roundBoundOf(other.low(), claim.best()))
                    && sameSource(claim.claimant(),
                    other.claimant()) && java.util.Objects.equals(claim.subject(), other.subject())
                    && claim.population() == other.population() && claim.category() == other.category()) {
                return true;
            }
        }
        return false;
    }

    private static boolean roundBoundOf(Integer bound, int exact) {
        return bound != null && bound >= 1000 && bound % 100 == 0 && exact > bound && exact - bound <= bound / 100;
    }
}
