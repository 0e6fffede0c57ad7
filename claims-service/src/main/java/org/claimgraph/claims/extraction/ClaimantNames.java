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
    /** What a country's officials give without a body named: "US estimates", "British figures". */
    private static final java.util.Set<String> ESTIMATES = java.util.Set.of("estimates", "estimate", "figures", "assessments");

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
        learnBodiesOfSides(tokens);
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
                        || tokens.get(end).is("u.s.") || tokens.get(end).is("u.k.") || particleInName(tokens, end))) {
                    end++;
                }
                if (end - i >= 2) {
                    int first = i;
                    // "Lebanese Health Minister Firass Abiad": the side and the body are part of the title
                    while (first < end && (Lexicon.TITLES.contains(tokens.get(first).lower())
                            || Gazetteer.side(tokens.get(first).lower()) != null || Lexicon.ORGANIZATION_WORDS.contains(tokens.get(first).lower()))) {
                        first++;
                    }
                    for (int k = end - 3; k > first; k--) {
                        if (Lexicon.TITLES.contains(tokens.get(k - 1).lower()) && end - k - particles(tokens, k, end) <= 3) {
                            first = k; // "Afgoye District Commissioner Abdinasir Alim Ibrahim": the name after the last title
                            break;
                        }
                    }
                    int words = end - first - particles(tokens, first, end);
                    if (words >= 2 && words <= 3 && isPersonName(tokens, first, end)) {
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

    /** Words naming a state's body after its side: "the Burkinabe military", "Sri Lanka's defence ministry". */
    private static final java.util.Set<String> BODIES_OF_SIDES = java.util.Set.of("military", "army", "ministry",
            "government", "armed", "police", "navy");

    /**
     * A side's body the article mentions without quoting it ("an outpost of the Burkinabe military"), which a later
     * "the army said" may stand for; not a side named as who strikes ("clashes with the Malian army").
     */
    private void learnBodiesOfSides(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Gazetteer.Place place = Gazetteer.at(tokens, k);
            if (place == null || Gazetteer.actor(span(tokens, place.start(), place.end())) || Sides.attacker(tokens, place)) {
                continue;
            }
            int body = place.end() < tokens.size() && tokens.get(place.end()).is("'s") ? place.end() + 1 : place.end();
            if (body < tokens.size() && (tokens.get(body).is("defence") || tokens.get(body).is("defense")) && body + 1 < tokens.size()
                    && tokens.get(body + 1).is("ministry")) {
                body++;
            }
            if (body < tokens.size() && BODIES_OF_SIDES.contains(tokens.get(body).lower()) && !tokens.get(body).is("armed")
                    || body + 1 < tokens.size() && tokens.get(body).is("armed") && tokens.get(body + 1).is("forces") && body++ >= 0) {
                referents.mentioned(span(tokens, place.start(), body + 1), sentence);
            }
            k = place.end() - 1;
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
        String result = name != null && sameAsBefore(tokens, start, end)
                ? (claimantBefore != null ? claimantBefore : referents.namedLast(sentence)) : null;
        if (result == null) {
            result = name == null || unownedReports(tokens, start, end) ? null : bareGroup(tokens, start, end) ? name
                    : referents.resolve(SHORT_FORMS.getOrDefault(name, name), sentence, indefinite(tokens, start));
        }
        resolved.put(key, result);
        if (result != null) {
            lastClaimant = result;
            lastClaimantSentence = sentence;
        }
        return result;
    }

    /**
     * Who a name written in another sentence ({@code at}) would stand for, as far as the article is read: for looking
     * around a sentence without reading that name as heard.
     */
    String lookAhead(List<Token> tokens, int start, int end, int at) {
        String name = expanded(tokens, start, end);
        return name == null || unownedReports(tokens, start, end) || sameAsBefore(tokens, start, end) ? null
                : bareGroup(tokens, start, end) ? name
                : referents.resolve(SHORT_FORMS.getOrDefault(name, name), at, indefinite(tokens, start));
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

    /** "a doctors' group says": a body introduced here, which the article may name only later. */
    private static boolean indefinite(List<Token> tokens, int start) {
        Token first = start < tokens.size() ? tokens.get(start) : null;
        Token before = start > 0 ? tokens.get(start - 1) : null;
        return first != null && (first.is("a") || first.is("an") || first.is("another"))
                || before != null && (before.is("a") || before.is("an") || before.is("another"));
    }

    /** Plural nouns of what is published that, bare, name nobody: "Reports indicate that 18 civilians died". */
    private static final java.util.Set<String> UNOWNED = java.util.Set.of("reports", "estimates", "figures", "statistics", "data");

    /** "Reports say", "Estimates suggest", "some estimates put": reports in general, no source of them. */
    private static boolean unownedReports(List<Token> tokens, int start, int end) {
        // "the reports", "the ministry's figures" have an owner or point back: only a bare or merely counted plural
        if (end - start != 1 || !UNOWNED.contains(tokens.get(start).lower())) {
            return false;
        }
        if (start == 0 || !tokens.get(start - 1).isWord() || SOME.contains(tokens.get(start - 1).lower())) {
            return true;
        }
        // "as earlier estimates showed", "initial reports said": which reports, not whose
        Token before = tokens.get(start - 1);
        return VAGUE_TIMES.contains(before.lower()) && (start - 1 == 0 || !tokens.get(start - 2).capitalized() && !tokens.get(start - 2).is("'s")
                && !Lexicon.DETERMINERS.contains(tokens.get(start - 2).lower()));
    }

    /** Words that count reports without saying whose: "some estimates", "several reports", "unofficial figures". */
    private static final java.util.Set<String> SOME = java.util.Set.of("some", "several", "many", "most", "various",
            "unofficial", "varying", "differing", "higher", "lower", "independent");

    /** Words saying when reports came, not from whom: "earlier estimates", "initial reports". */
    private static final java.util.Set<String> VAGUE_TIMES = java.util.Set.of("earlier", "initial", "previous", "preliminary",
            "unconfirmed", "conflicting");

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
        String spelledOut = acronymLike(name) ? referents.withInitials(name) : null;
        if (spelledOut != null) {
            return spelledOut; // "MoD" for the "Ministry of Defense" the article names in full
        }
        String surname = surnameOnly(name);
        if (surname != null) {
            String full = fullNamesBySurname.get(surname.toLowerCase(java.util.Locale.ROOT));
            if (full != null) {
                return full;
            }
        }
        return name;
    }

    /** Lower-case words inside a person's name: "Nimal Siripala de Silva", "Bashar al-Assad", "Ursula von der Leyen". */
    static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("de", "da", "do", "dos", "das", "di", "du", "del",
            "della", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "ben", "bint", "ould", "ag", "le", "la");

    /** A particle of a name at {@code k}, between capitalized words or before one: "de Silva", "al-Assad". */
    static boolean particleInName(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.isWord() || t.capitalized() || !NAME_PARTICLES.contains(t.lower()) || k + 1 >= tokens.size()) {
            return false;
        }
        int next = tokens.get(k + 1).isPunct('-') && tokens.get(k + 1).start() == t.end() ? k + 2 : k + 1;
        return next < tokens.size() && (tokens.get(next).capitalized() && !tokens.get(next).allCaps() || particleInName(tokens, next));
    }

    /** How many particles, and hyphens joining them, stand in tokens [start, end). */
    private static int particles(List<Token> tokens, int start, int end) {
        int count = 0;
        for (int k = start; k < end; k++) {
            count += particleInName(tokens, k) || tokens.get(k).isPunct('-') && k > start && particleInName(tokens, k - 1) ? 1 : 0;
        }
        return count;
    }

    /** The surname a name is, perhaps with its particles ("de Silva" is Silva), or null for a longer name. */
    private static String surnameOnly(String name) {
        String[] words = name.split("[\\s-]+");
        for (int i = 0; i < words.length - 1; i++) {
            if (!NAME_PARTICLES.contains(words[i])) {
                return null;
            }
        }
        return words[words.length - 1];
    }

    /** "MoD", "ISPR", "NDMA": three letters or more, capitals but for a lower-case one standing for "of" or "and". */
    private static boolean acronymLike(String name) {
        int capitals = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return name.length() >= 3 && Character.isUpperCase(name.charAt(0)) && capitals >= name.length() - 1 && capitals >= 2;
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
                    && (tokens.get(k - 1).end() < tokens.get(k).start() || tokens.get(k - 1).allCaps() && k + 1 < end
                            && tokens.get(k).end() < tokens.get(k + 1).start())) {
                // "Ankara, SANA- Turkish ...": an agency's tag joined to its dash
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
        if (end - start == 1 && end < tokens.size() && ESTIMATES.contains(tokens.get(end).lower()) && Gazetteer.side(tokens.get(start).text()) != null
                && !Gazetteer.actor(tokens.get(start).text())) {
            // "US estimates put the number at ...": a country's estimates are its officials', not a statement of its government
            return tokens.get(start).text() + " officials";
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
            // "District Governor Halima Warsame Nur": capitalized words of a place and a title, the name after the title
            for (int first = end - 2; first > start && end - first - particles(tokens, first, end) <= 3; first--) {
                if (Lexicon.TITLES.contains(tokens.get(first - 1).lower()) && tokens.get(first - 1).capitalized()
                        && isPersonName(tokens, first, end) && !Lexicon.TITLES.contains(tokens.get(first).lower())
                        && allCapitalized(tokens, start, first)) {
                    start = first;
                    break;
                }
            }
        }
        return span(tokens, start, end);
    }

    private static boolean allCapitalized(List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!tokens.get(k).capitalized()) {
                return false;
            }
        }
        return true;
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
            if (named && k + 1 < end && (particleInName(tokens, k) || t.isPunct('-') && particleInName(tokens, k - 1))) {
                continue; // "Nimal Siripala de Silva"
            }
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
