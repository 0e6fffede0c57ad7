package org.claimgraph.claims.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names as one article uses them: a short form stands for the full one written elsewhere in the article
 * ("Kristoffersen" for "General Eirik Kristoffersen", "CSIS" for "Centre for Strategic and International Studies
 * (CSIS)"), and titles are not part of a person's name ("former U.S. President Donald Trump" is "Donald Trump").
 */
final class ClaimantNames {

    private final String text;
    private final Map<String, String> acronyms = new HashMap<>();
    private final Map<String, String> fullNamesBySurname = new HashMap<>();
    private final Referents referents = new Referents();
    /** Two-letter names every reader expands. */
    private static final Map<String, String> SHORT_FORMS = Map.of("UN", "United Nations", "U.N.", "United Nations", "US",
            "United States", "U.S.", "United States", "UK", "United Kingdom", "U.K.", "United Kingdom", "EU", "European Union");
    private int sentence;

    ClaimantNames(String text) {
        this.text = text;
    }

    /** The sentence being read, for references to sources named before or after it. */
    void at(int sentenceIndex) {
        if (sentenceIndex != sentence && lastClaimantSentence < sentenceIndex) {
            claimantBefore = lastClaimant;
        }
        sentence = sentenceIndex;
    }

    /** Records a source named as a claimant in the current sentence. */
    void named(List<Token> tokens, int start, int end) {
        String name = expanded(tokens, start, end);
        if (name != null) {
            // what it published, for "the report" or "the study" later: "a study by X", "X's report", "X documents reveal"
            java.util.Set<String> published = new java.util.HashSet<>();
            // the noun right after the name ("X documents", "X's report") or before "by/from X" ("a study by X")
            int after = end < tokens.size() && tokens.get(end).is("'s") ? end + 1 : end;
            for (int k = after; k < Math.min(tokens.size(), after + 6); k++) {
                if (Lexicon.STATEMENT_NOUNS.contains(tokens.get(k).lower())) {
                    published.add(tokens.get(k).lower()); // "X documents", "X's report", "X said in a report"
                    break;
                }
                if (tokens.get(k).capitalized() && k > after || tokens.get(k).isPunct('.') || tokens.get(k).isPunct(',')) {
                    break; // "While X reported 37,877 deaths, the study estimates ...": the study is not X's
                }
            }
            if (end - 1 >= start && Lexicon.STATEMENT_NOUNS.contains(tokens.get(end - 1).lower())) {
                published.add(tokens.get(end - 1).lower());
            }
            int before = start - 1;
            while (before >= 0 && Lexicon.DETERMINERS.contains(tokens.get(before).lower())) {
                before--;
            }
            if (before >= 1 && (tokens.get(before).is("by") || tokens.get(before).is("from") || tokens.get(before).is("of"))
                    && Lexicon.STATEMENT_NOUNS.contains(tokens.get(before - 1).lower())) {
                published.add(tokens.get(before - 1).lower());
            }
            referents.named(name, isPerson(name), java.util.Set.of(), published, sentence);
        }
    }

    /** Learns the names of one sentence: acronyms defined in parentheses and full personal names. */
    void learn(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.isPunct('(') && i + 2 < tokens.size() && tokens.get(i + 1).allCaps() && tokens.get(i + 2).isPunct(')')) {
                int start = nameStartBefore(tokens, i);
                if (start < i) {
                    acronyms.putIfAbsent(tokens.get(i + 1).text(), clean(tokens, start, i));
                }
                i += 3;
                continue;
            }
            if (t.capitalized() && !t.allCaps()) {
                int end = i;
                while (end < tokens.size() && (tokens.get(end).capitalized() && !tokens.get(end).allCaps()
                        || tokens.get(end).is("u.s.") || tokens.get(end).is("u.k."))) {
                    end++;
                }
                if (end - i >= 2) {
                    int first = i;
                    // "Lebanese Health Minister Firass Abiad": the side and the body are part of the title
                    while (first < end && (Lexicon.TITLES.contains(tokens.get(first).lower())
                            || Gazetteer.side(tokens.get(first).lower()) != null || Lexicon.ORGANIZATION_WORDS.contains(tokens.get(first).lower()))) {
                        first++;
                    }
                    if (end - first >= 2 && end - first <= 3 && isPersonName(tokens, first, end)) {
                        String surname = tokens.get(end - 1).lower();
                        String full = span(tokens, first, end);
                        fullNamesBySurname.merge(surname, full, (old, now) -> now.length() > old.length() ? now : old);
                        referents.named(fullNamesBySurname.get(surname), true, titleWords(tokens, i, first, end), sentence);
                    }
                }
                i = Math.max(end, i + 1);
                continue;
            }
            i++;
        }
    }

    /**
     * The claimant name of tokens [start, end): determiners, titles and report nouns dropped, short forms expanded,
     * references ("the ministry", "the Ukrainian leader", "Kyiv") resolved to the source they stand for.
     */
    String claimant(List<Token> tokens, int start, int end) {
        // asked again for the same cue (each figure, each pronoun after it): read once per sentence
        long key = (long) sentence << 32 | (long) start << 16 | end;
        String known = resolved.get(key);
        if (known != null || resolved.containsKey(key)) {
            return known;
        }
        String name = expanded(tokens, start, end);
        String result;
        if (name != null && sameAsBefore(tokens, start, end) && (claimantBefore != null || referents.namedLast(sentence) != null)) {
            result = claimantBefore != null ? claimantBefore : referents.namedLast(sentence);
        } else {
            result = name == null || unownedReports(tokens, start, end) ? null : bareGroup(tokens, start, end) ? name
                    : referents.resolve(SHORT_FORMS.getOrDefault(name, name), sentence);
        }
        resolved.put(key, result);
        if (result != null) {
            lastClaimant = result;
            lastClaimantSentence = sentence;
        }
        return result;
    }

    /** The claimant last read in a sentence before this one: who "the same source" is. */
    private String lastClaimant;
    private int lastClaimantSentence = -1;
    private String claimantBefore;

    private final Map<Long, String> resolved = new HashMap<>();

    /** "the same source", "the same official": a noun that only points back to who was just quoted. */
    private static boolean sameAsBefore(List<Token> tokens, int start, int end) {
        for (int k = Math.max(0, start - 1); k < end - 1; k++) {
            if (tokens.get(k).is("same") && Lexicon.SPEAKER_NOUNS.contains(singular(tokens.get(end - 1).lower()))) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String noun) {
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /** Plural nouns of what is published that, bare, name nobody: "Reports indicate that 18 civilians died". */
    private static final java.util.Set<String> UNOWNED = java.util.Set.of("reports", "estimates", "figures", "statistics", "data");

    /** "Reports say", "Estimates suggest", "some estimates put": reports in general, no source of them. */
    private static boolean unownedReports(List<Token> tokens, int start, int end) {
        // "the reports", "the ministry's figures" have an owner or point back: only a bare or merely counted plural
        return end - start == 1 && UNOWNED.contains(tokens.get(start).lower())
                && (start == 0 || !tokens.get(start - 1).isWord() || SOME.contains(tokens.get(start - 1).lower()));
    }

    /** Words that count reports without saying whose: "some estimates", "several reports", "unofficial figures". */
    private static final java.util.Set<String> SOME = java.util.Set.of("some", "several", "many", "most", "various",
            "unofficial", "conflicting", "varying", "differing", "higher", "lower", "independent");

    /**
     * "researchers estimate", "officials say": people named by a plural with no determiner are some such people, not
     * the ones named before ("the researchers" are the study's authors).
     */
    private static boolean bareGroup(List<Token> tokens, int start, int end) {
        if (end - start != 1 || !Lexicon.AGENT_NOUNS.contains(tokens.get(start).lower()) || tokens.get(start).capitalized()
                || !tokens.get(start).lower().endsWith("s")) {
            return false;
        }
        return start == 0 || !Lexicon.DETERMINERS.contains(tokens.get(start - 1).lower()) && !tokens.get(start - 1).is("'s");
    }

    /**
     * A person's titles, with the side and body in them: "Russian Defense Minister" before the name, a title before a
     * comma ("Ukraine's Chief Ombudsman, Dmytro Lubinets") and an apposition after it ("X, the head of the Interior
     * Ministry's department").
     */
    private static java.util.Set<String> titleWords(List<Token> tokens, int runStart, int nameStart, int nameEnd) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int k = runStart; k < nameStart; k++) {
            words.add(tokens.get(k).lower());
        }
        int k = runStart - 1;
        if (k > 0 && tokens.get(k).isPunct(',')) {
            k--;
        }
        for (int n = 0; k >= 0 && n < 6 && (tokens.get(k).capitalized() || tokens.get(k).is("'s")); k--, n++) {
            words.add(tokens.get(k).lower());
        }
        if (nameEnd + 1 < tokens.size() && tokens.get(nameEnd).isPunct(',')) {
            for (int j = nameEnd + 1; j < Math.min(tokens.size(), nameEnd + 12) && tokens.get(j).isWord(); j++) {
                words.add(tokens.get(j).lower());
            }
        }
        return words;
    }

    private String expanded(List<Token> tokens, int start, int end) {
        String name = clean(tokens, start, end);
        if (name == null) {
            return null;
        }
        String expanded = acronyms.get(name);
        if (expanded != null) {
            return expanded;
        }
        if (name.indexOf(' ') < 0) {
            String full = fullNamesBySurname.get(name.toLowerCase(java.util.Locale.ROOT));
            if (full != null) {
                return full;
            }
        }
        return name;
    }

    static boolean isPerson(String name) {
        if (name.indexOf(' ') < 0 && name.length() > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            return false; // an acronym: "CSIS", "IOM"
        }
        String[] written = name.split("\\s+");
        String lastWord = written[written.length - 1].replace(".", "");
        if (written.length > 1 && lastWord.length() >= 2 && lastWord.chars().allMatch(Character::isUpperCase)) {
            return false; // "Kyauk Lone Gyi PDF": a body's name ending in its acronym
        }
        if (name.contains(" of ") || name.contains(" for ")) {
            return false; // "Emergency Rooms of Kutum", "Centre for Civilians": a body, not a person's name
        }
        for (String word : name.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
            if (Lexicon.ORGANIZATION_WORDS.contains(word) || Lexicon.AGENT_NOUNS.contains(word) || Gazetteer.side(word) != null) {
                return false;
            }
        }
        return Character.isUpperCase(name.charAt(0));
    }

    private String clean(List<Token> tokens, int start, int end) {
        for (int k = end - 2; k > start; k--) {
            if ((tokens.get(k).isPunct('-') || tokens.get(k).isPunct('–') || tokens.get(k).isPunct('—'))
                    && tokens.get(k - 1).end() < tokens.get(k).start()) {
                start = k + 1; // a dateline before the name: "MOGADISHU (HOL) - Somali government"
                break;
            }
        }
        while (start < end && (Lexicon.DETERMINERS.contains(tokens.get(start).lower()) || tokens.get(start).isPunct(','))) {
            start++;
        }
        while (end > start && (Lexicon.STATEMENT_NOUNS.contains(tokens.get(end - 1).lower()) && end - 1 > start
                && !onlyAnAdjective(tokens, start, end - 1) || tokens.get(end - 1).is("'s") || tokens.get(end - 1).isPunct(','))) {
            end--;
        }
        // a trailing "(CSIS)" defines the acronym, it is not part of the name
        if (end - start > 3 && tokens.get(end - 1).isPunct(')') && tokens.get(end - 3).isPunct('(')) {
            end -= 3;
        }
        if (end <= start) {
            return null;
        }
        for (int k = end - 2; k > start; k--) {
            if (Attributions.abbreviatedTitle(tokens, k) && end - (k + 1) <= 4 && isPersonName(tokens, k + 1, end)) {
                start = k + 1; // "regional commander Lt. Gen. Raymundo Ferrer" is Raymundo Ferrer
                break;
            }
        }
        if (isPersonName(tokens, start, end)) {
            int first = start;
            while (first < end - 1 && Lexicon.TITLES.contains(tokens.get(first).lower())) {
                first++;
            }
            start = first;
        } else {
            // "Russian Defence Minister Sergei Shoigu": titles naming a body before a person's name
            for (int first = start + 1; first <= end - 2; first++) {
                if (!Lexicon.TITLES.contains(tokens.get(first - 1).lower()) && Gazetteer.side(tokens.get(first - 1).lower()) == null
                        && !Lexicon.ORGANIZATION_WORDS.contains(tokens.get(first - 1).lower())) {
                    break;
                }
                if (end - first <= 3 && isPersonName(tokens, first, end) && !Lexicon.TITLES.contains(tokens.get(first).lower())
                        && Lexicon.TITLES.contains(tokens.get(first - 1).lower())) {
                    start = first;
                    break;
                }
            }
        }
        return span(tokens, start, end);
    }

    /** "Western estimates", "Russian figures": without the noun only an adjective would be left, naming nobody. */
    private static boolean onlyAnAdjective(List<Token> tokens, int start, int end) {
        if (end - start != 1) {
            return false;
        }
        String w = tokens.get(start).lower();
        return Gazetteer.demonym(w) || w.equals("western") || w.equals("official") || w.equals("independent")
                || w.equals("foreign") || w.equals("local") || w.equals("international") || w.equals("intelligence")
                || w.equals("other") || w.equals("some") || w.equals("several") || w.equals("earlier") || w.equals("unconfirmed");
    }

    /** Capitalized words only, none of an organization's, a side's or a title's (after leading titles). */
    private static boolean isPersonName(List<Token> tokens, int start, int end) {
        boolean named = false;
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || Lexicon.ORGANIZATION_WORDS.contains(t.lower()) || Lexicon.AGENT_NOUNS.contains(t.lower())) {
                return false;
            }
            if (Lexicon.TITLES.contains(t.lower())) {
                if (named) {
                    return false;
                }
                continue;
            }
            if (!t.capitalized() || t.allCaps() || Gazetteer.side(t.lower()) != null || Lexicon.MONTHS.containsKey(t.lower())
                    || Lexicon.WEEKDAYS.contains(t.lower()) || Lexicon.PRONOUNS.contains(t.lower())) {
                return false;
            }
            named = true;
        }
        return named;
    }

    private static int nameStartBefore(List<Token> tokens, int end) {
        int start = end;
        while (start > 0) {
            Token t = tokens.get(start - 1);
            if (t.capitalized() || (t.is("of") || t.is("for") || t.is("and") || t.is("on") || t.is("the")) && start - 2 >= 0
                    && start < end && tokens.get(start).capitalized()) {
                start--;
            } else {
                break;
            }
        }
        while (start < end && !tokens.get(start).capitalized()) {
            start++;
        }
        return start;
    }

    private String span(List<Token> tokens, int start, int end) {
        String raw = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c == '’' ? '\'' : c);
        }
        return out.toString();
    }
}
