package org.claimgraph.claims.extraction;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.claimgraph.claims.claim.CasualtyCategory;
import org.claimgraph.claims.claim.Population;
import org.claimgraph.claims.claim.RatePer;
import org.claimgraph.claims.extraction.Figures.Figure;

/**
 * What the rules read around one figure in its stretch of the sentence: what it counts, of whom, whose losses, at what
 * rate, when, and for which part or place. {@link #read} builds it; fields left null were not said.
 */
final class FigureReading {

    private static final double STATED = 0.95;

    CasualtyCategory category;
    Population population;
    String subject;
    boolean eachSide;
    RatePer ratePer;
    Dates.Date periodStart;
    Dates.Date asOf;
    double confidence = STATED;
    int nounPhraseEnd;
    int categoryEnd;
    /** The side was read from a place or a name away from the counted noun: "soldiers killed in Gaza". */
    boolean subjectIsPlace;
    /** The count is of the other side's fighters: "militants", "terrorists", "the enemy". */
    boolean enemy;
    /** Part of the side the figure counts: "children"; a place narrower than the country: "El Geneina". */
    String subgroup;
    String scope;
    /** Counted as a toll ("the death toll at 33"), which counts everyone unless it says whom. */
    boolean tollOfAll;
    /** "the enemy", as opposed to militants or gunmen of no known side. */
    boolean enemyOfTheWar;
    /** The side was read some words before the figure, not from what it counts. */
    boolean subjectFarBefore;
    /** The enemy counted is named only as insurgents: "203 militants", "40 terrorists", with no group or country. */
    boolean insurgents;
    /** The side is named in the counted noun phrase itself: "35,827 Syrian rebels", "40 Hamas fighters". */
    boolean subjectNamedWithThem;
    /** The figure counts the war's two sides together: "on both sides". */
    boolean bothSidesTogether;
    /** The two sides it names counted together: "combined Russian and Ukrainian casualties". */
    String sidesTogether;
    /** The count is the speaker's own: "its own losses were 50", "raising its death toll to 330", "their fighters". */
    boolean ownLosses;

    /** Participles that describe the counted people after a comma: "..., killed in action". */
    private static final Set<String> IN_ACTION = Set.of("killed", "wounded", "injured", "missing", "captured");

    /** Verbs of what else befalls people, which are not casualties. */
    private static final Set<String> OTHER_FATES = Set.of("displaced", "displacing", "evacuated", "rescued", "fled",
            "sheltered", "housed", "fed", "uprooted", "forced", "relocated", "vaccinated", "employed", "hosting", "hosts",
            "registered", "resettled", "returned");

    private static final Set<String> DEATH_NOUNS = Set.of("deaths", "death", "bodies", "body", "remains", "killing",
            "killings", "murder", "murders", "massacre");

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "at", "to", "reached", "reaches",
            "stands", "stood", "hit", "hits", "totals", "totalled", "totaled", "reach", "stand", "total");

    private static final Set<String> ENEMY_WORDS = Set.of("militants", "terrorists", "jihadists", "insurgents", "rebels",
            "gunmen", "attackers", "enemy", "enemy's", "assailants", "extremists", "bandits", "infiltrators");

    /** "Rebel spokesman said five rebels were slain": the speaker is one of those counted, not their enemy. */
    static boolean speaksForThem(String speaker, List<Token> tokens, int from, int to) {
        String name = speaker.toLowerCase(java.util.Locale.ROOT);
        for (int k = Math.max(0, from - 3); k < Math.min(tokens.size(), to + 1); k++) {
            String w = tokens.get(k).lower();
            if (ENEMY_WORDS.contains(w) && w.length() >= 5 && name.contains(w.substring(0, 5))) {
                return true;
            }
        }
        return false;
    }

    /** "they had killed N", "we killed N", "it killed N": the speaker did the killing. */
    private static boolean killedBySpeaker(List<Token> tokens, int figureStart) {
        int k = figureStart - 1;
        if (k < 1 || !(tokens.get(k).is("killed") || tokens.get(k).is("kill") || tokens.get(k).is("eliminated")
                || tokens.get(k).is("neutralised") || tokens.get(k).is("neutralized"))) {
            return false;
        }
        k--;
        while (k >= 0 && (tokens.get(k).is("had") || tokens.get(k).is("have") || tokens.get(k).is("has") || tokens.get(k).is("already"))) {
            k--;
        }
        return k >= 0 && (tokens.get(k).is("they") || tokens.get(k).is("we") || tokens.get(k).is("it"));
    }

    private static boolean mentionsWord(List<Token> tokens, int from, int to, String word) {
        for (int k = Math.max(0, from); k < Math.min(tokens.size(), to); k++) {
            if (tokens.get(k).is(word)) {
                return true;
            }
        }
        return false;
    }

    /** "its (own) losses", "their death toll", "our soldiers": a possessive pronoun before what the figure counts. */
    private static boolean ownedBySpeaker(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            if (tokens.get(k).is("its") || tokens.get(k).is("their") || tokens.get(k).is("our")) {
                for (int m = k + 1; m < Math.min(k + 4, tokens.size()); m++) {
                    String w = tokens.get(m).lower();
                    if (Lexicon.CATEGORY_WORDS.containsKey(w) || Lexicon.MILITARY_WORDS.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Verbs whose subject does the harm: "militants killed 9 soldiers" counts the soldiers, not the militants. */
    private static final Set<String> HARMING_VERBS = Set.of("killed", "kill", "kills", "wounded", "injured", "attacked",
            "ambushed", "shot", "executed", "abducted", "kidnapped", "massacred", "slaughtered");

    private static boolean enemyWords(List<Token> tokens, int from, int to) {
        int back = from;
        while (back > Math.max(0, from - 3) && !(tokens.get(back - 1).is("and") || tokens.get(back - 1).isPunct(',')
                || tokens.get(back - 1).isNumber())) {
            back--; // not across "five militants and two soldiers": the militants are the other figure's
        }
        for (int k = back; k < Math.min(tokens.size(), to + 1); k++) {
            if (ENEMY_WORDS.contains(tokens.get(k).lower()) && !(k < from && harmsWhatFollows(tokens, k + 1, from))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordIn(List<Token> tokens, int from, int to, Set<String> words) {
        for (int k = Math.max(0, from); k < Math.min(tokens.size(), to); k++) {
            if (words.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean harmsWhatFollows(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (HARMING_VERBS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    static FigureReading read(String text, List<Token> tokens, Figure figure, int lowerBound, int upperBound, boolean[] masked,
            LocalDate publishedOn, LocalDate warStart) {
        FigureReading r = new FigureReading();
        int size = tokens.size();
        // the noun phrase after the figure: "Ukrainian soldiers", "total military casualties in Ukraine"
        int np = figure.end();
        while (np < upperBound && np - figure.end() < 5 && tokens.get(np).isWord()
                && !Lexicon.CATEGORY_WORDS.containsKey(tokens.get(np).lower()) && !Lexicon.AUXILIARIES.contains(tokens.get(np).lower())
                && !Lexicon.CLAUSE_WORDS.contains(tokens.get(np).lower()) && !tokens.get(np).is("in")) {
            if (Lexicon.notPeople(tokens, np)) {
                return null;
            }
            np++;
        }
        r.nounPhraseEnd = np;
        r.subgroup = Scopes.subgroup(tokens, figure.end(), np);

        // what it counts
        EnumSet<CasualtyCategory> categories = EnumSet.noneOf(CasualtyCategory.class);
        boolean lostLives = false;
        int j = figure.end();
        boolean found = false;
        boolean insideAside = figure.start() > 0 && (tokens.get(figure.start() - 1).is("including")
                || tokens.get(figure.start() - 1).is("among"));
        boolean closedAside = false;
        boolean described = false;
        // "16 soldiers who were in the barracks at the time of the attack are missing": the verb comes after the clause
        int reach = np < size && np > figure.end() && tokens.get(np).is("who") ? 28 : 14;
        int limit = upperBound;
        while (j < limit && j - figure.end() < reach) {
            Token t = tokens.get(j);
            if (t.kind() == Token.Kind.PUNCT && ".;:!?()—–".indexOf(t.text().charAt(0)) >= 0 || j >= upperBound && t.isNumber()) {
                break;
            }
            if (t.isPunct(',') && !found && j + 1 < upperBound && (tokens.get(j + 1).is("including") || tokens.get(j + 1).is("among")
                    || tokens.get(j + 1).is("mostly") || tokens.get(j + 1).is("mainly") || tokens.get(j + 1).is("many")
                    || tokens.get(j + 1).is("most") || tokens.get(j + 1).is("all"))) {
                // "Twenty-six people, including women and children, were killed": read on past the aside
                // the aside may hold figures of its own: "at least 30 people, including 20 civilians, were wounded"
                int close = j + 1;
                while (close < size && close - j < 12 && !tokens.get(close).isPunct(',')) {
                    close++;
                }
                if (close < size && tokens.get(close).isPunct(',') && !(close + 1 < size && (close >= upperBound
                        && Lexicon.CLAUSE_WORDS.contains(tokens.get(close + 1).lower())))) {
                    // past another figure's aside only into its verb ("..., were wounded"), not into a new clause
                    reach += close - j;
                    limit = Math.max(limit, clauseEndAfter(tokens, close + 1));
                    j = close + 1;
                    continue;
                }
            }
            if (t.isPunct(',') && !found && insideAside && !closedAside) {
                closedAside = true; // "100 people, including 20 children, are feared dead": read on past the aside's end
                j++;
                continue;
            }
            if (t.isPunct(',') && !found && j >= np && j + 2 < upperBound && IN_ACTION.contains(tokens.get(j + 1).lower())
                    && tokens.get(j + 2).is("in")) {
                j++; // "60 to 100 soldiers per day, killed in action": the participle says what the figure counts
                described = true;
                continue;
            }
            if (t.isPunct(',') && !(j + 1 < upperBound && (categoryAt(tokens, j + 1) != null || tokens.get(j + 1).is("or")
                    || tokens.get(j + 1).is("and")) && found)) {
                break;
            }
            CasualtyCategory c = t.isWord() ? categoryAt(tokens, j) : null;
            if (c != null) {
                categories.add(c);
                found = true;
                r.categoryEnd = j + 1;
                if ((t.is("lost") || t.is("lose")) && j + 1 < size && (tokens.get(j + 1).is("their") || tokens.get(j + 1).is("lives"))) {
                    lostLives = true;
                }
            } else if (found && !(t.is("or") || t.is("and") || t.is("went") || t.is("were") || t.is("been") || t.is("have")
                    || t.is("had") || t.is("as") || t.is("well") || t.isPunct(','))) {
                break;
            } else if (t.isWord() && !found && (t.is("that") || t.is("which") || t.is("while") || t.is("but") || t.is("because"))) {
                break;
            }
            j++;
        }
        int clauseStart = clauseStart(tokens, figure.start(), lowerBound);
        String wordBefore = figure.start() > lowerBound ? tokens.get(figure.start() - 1).lower() : "";
        CasualtyCategory verbBefore = wordBefore.endsWith("ing") || wordBefore.endsWith("ed") && !wordBefore.equals("wounded")
                && !wordBefore.equals("injured") || wordBefore.equals("kills") ? categoryAt(tokens, figure.start() - 1) : null;
        if (verbBefore != null && !categories.contains(verbBefore) && !described) {
            categories.clear();
            categories.add(verbBefore);
            addJoinedBefore(tokens, figure.start() - 2, clauseStart, categories); // "killing and injuring 40 soldiers"
        }
        int categoryFrom = clauseStart;
        if (figure.start() > 0 && COPULAS.contains(tokens.get(figure.start() - 1).lower())) {
            categoryFrom = lowerBound; // "The number of injured, according to the latest data, is 20": the subject says it
        }
        if (categories.isEmpty()) {
            for (int k = figure.start() - 1; k >= categoryFrom; k--) {
                if (OTHER_FATES.contains(tokens.get(k).lower())) {
                    break; // "killed hundreds and displaced 750,000": the figure counts the displaced
                }
                CasualtyCategory c = tokens.get(k).isWord() ? categoryAt(tokens, k) : null;
                if (c != null) {
                    categories.add(c);
                    // "lost (killed and wounded)", "killed or injured", "wounded, killed or missing": the words joined to
                    // it count too
                    addJoinedBefore(tokens, k - 1, categoryFrom, categories);
                    if ((tokens.get(k).is("lost") || tokens.get(k).is("loss")) && k + 1 < size
                            && (tokens.get(k + 1).is("their") || tokens.get(k + 1).is("lives") || tokens.get(k + 1).is("of")
                                    && k + 2 < size && tokens.get(k + 2).is("life"))) {
                        lostLives = true;
                    }
                    break;
                }
            }
        }
        if ((np > figure.end() && tokens.get(np - 1).is("lives") || figure.end() < size && tokens.get(figure.end()).is("lives"))
                && categories.contains(CasualtyCategory.CASUALTIES)) {
            lostLives = true; // "lost 16 lives", "16 lives were lost"
        }
        if (figure.start() >= 2 && tokens.get(figure.start() - 1).is("of") && DEATH_NOUNS.contains(tokens.get(figure.start() - 2).lower())) {
            categories.clear(); // "the deaths of 41 hostages", "the bodies of two soldiers"
            categories.add(CasualtyCategory.KILLED);
        }
        if (categories.contains(CasualtyCategory.KILLED) && categories.contains(CasualtyCategory.CAPTURED) && categories.size() == 2) {
            categories.remove(CasualtyCategory.CAPTURED); // "deceased hostages", "prisoners killed"
        }
        r.category = combine(categories, lostLives);
        // "the death toll from strikes across the country over the past 12 days has reached 606": a toll, however far
        for (int k = lowerBound; k < figure.start(); k++) {
            r.tollOfAll |= tokens.get(k).is("toll");
        }
        if (r.category == CasualtyCategory.CASUALTIES && !categories.isEmpty() && categories.size() == 1) {
            r.confidence -= 0.05; // "lost" and "losses" may mean the killed only
        }

        // of whom: military or civilians
        boolean military = false;
        boolean civilian = false;
        boolean everyone = false;
        for (int k = figure.end(); k < Math.min(np + 3, upperBound); k++) {
            String w = tokens.get(k).lower();
            if (k > np && (Lexicon.AUXILIARIES.contains(w) || Lexicon.CLAUSE_WORDS.contains(w) || !tokens.get(k).isWord())
                    || tokens.get(k).isPunct(',')) {
                break; // "people, including women and children": the aside does not say who all of them were
            }
            military |= Lexicon.MILITARY_WORDS.contains(w) || w.equals("war") && tokens.get(k - 1).is("of")
                    && tokens.get(k - 2).lower().startsWith("prisoner");
            civilian |= Lexicon.CIVILIAN_WORDS.contains(w);
            everyone |= Lexicon.EVERYONE_WORDS.contains(w);
        }
        if (!military && !civilian && !everyone) {
            for (int k = figure.start() - 1; k >= clauseStart; k--) {
                String w = tokens.get(k).lower();
                if (!masked[k]) {
                    military |= Lexicon.MILITARY_WORDS.contains(w);
                    civilian |= Lexicon.CIVILIAN_WORDS.contains(w);
                }
            }
        }
        r.population = military && civilian || everyone && !military && !civilian ? Population.ALL
                : military ? Population.MILITARY : civilian ? Population.CIVILIAN : null;

        // whose losses: in the noun phrase, "in Ukraine" after it, or the nearest side named before the figure
        r.subject = Sides.sideIn(tokens, figure.end(), np, masked);
        r.subjectNamedWithThem = r.subject != null;
        for (int k = np; r.subject == null && k < Math.min(Math.max(np, r.categoryEnd) + 3, upperBound - 1); k++) {
            if (tokens.get(k).is("and") || tokens.get(k).isPunct(',')) {
                break; // "70,000 and the number of Russian soldiers": the next clause's side
            }
            if (tokens.get(k).is("in") || tokens.get(k).is("among") || tokens.get(k).is("of")) {
                r.subject = Sides.sideIn(tokens, k + 1, Math.min(k + 3, upperBound), masked);
                r.subjectIsPlace = r.subject != null && tokens.get(k).is("in") && !Gazetteer.demonym(tokens.get(k + 1).lower());
                break;
            }
        }
        r.enemy = enemyWords(tokens, figure.start(), np);
        r.insurgents = r.enemy && wordIn(tokens, figure.end(), np + 1, Lexicon.INSURGENT_WORDS);
        if (killedBySpeaker(tokens, figure.start())) {
            r.enemy = true; // "the IDF said they had killed 22,000 combatants": the speaker's enemy's losses
            r.enemyOfTheWar = true;
        }
        r.enemyOfTheWar = r.enemyOfTheWar || r.enemy && (mentionsWord(tokens, figure.start() - 3, np + 1, "enemy") || mentionsWord(tokens, figure.start() - 3, np + 1, "enemy's"));
        if (np < size && tokens.get(np).is("each") || np > figure.end() && tokens.get(np - 1).is("each")
                || r.categoryEnd > 0 && r.categoryEnd < size && tokens.get(r.categoryEnd).is("each")
                        && !(r.categoryEnd + 1 < size && isTimeUnit(tokens.get(r.categoryEnd + 1)))) {
            r.eachSide = true; // "1,000 prisoners each"
        }
        for (int k = Math.max(lowerBound, figure.start() - 4); k < Math.min(upperBound, np + 6) && k + 1 < size; k++) {
            if (k >= Math.max(np, r.categoryEnd) && Lexicon.CLAUSE_WORDS.contains(tokens.get(k).lower())) {
                break; // "... killed and wounded as both sides downplay losses": another clause's sides
            }
            if ((tokens.get(k).is("each") || tokens.get(k).is("both") || tokens.get(k).is("either"))
                    && (tokens.get(k + 1).is("side") || tokens.get(k + 1).is("sides"))) {
                r.eachSide = true;
            }
        }
        readSidesTogether(tokens, figure, clauseStart, np, upperBound, r);
        if (r.subject == null) {
            int parentheses = 0;
            for (int k = figure.start() - 1; k >= lowerBound && r.subject == null; k--) {
                parentheses += tokens.get(k).isPunct(')') ? 1 : tokens.get(k).isPunct('(') ? -1 : 0;
                if (!masked[k] && parentheses <= 0 && !Sides.tellersAt(tokens, k)) {
                    r.subject = Sides.sideAt(tokens, k);
                    r.subjectIsPlace = r.subject != null && k > 0 && Sides.LOCATIVES.contains(tokens.get(k - 1).lower());
                    r.subjectFarBefore = r.subject != null && figure.start() - k > 3;
                }
            }
        }

        r.ownLosses = ownedBySpeaker(tokens, clauseStart, figure.start()) || ownedBySpeaker(tokens, figure.end(), np);

        // rates: "800 killed daily", "1,000 a day", "in the past 24 hours"
        for (int k = figure.end(); k < upperBound && r.ratePer == null; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.isPunct('.')) {
                break;
            }
            r.ratePer = rateAt(tokens, k);
        }
        for (int k = clauseStart; k < figure.start() && r.ratePer == null; k++) {
            if (tokens.get(k).is("every") || tokens.get(k).is("each") || tokens.get(k).is("per") || tokens.get(k).is("past")
                    || tokens.get(k).is("last")) {
                r.ratePer = rateAt(tokens, k);
            }
        }

        if (r.ratePer == null && tokens.size() > 3 && (tokens.get(0).is("in") || tokens.get(0).is("within"))
                && (tokens.get(1).is("a") || tokens.get(1).is("one")) && figure.start() > 2) {
            r.ratePer = Lexicon.RATE_UNITS.get(tokens.get(2).lower()); // "In a week, 60 soldiers were killed": the sentence's span
        }

        // when: "since February 24, 2022", "between February 2022 and December 2025", "as of", "February 2025 statement"
        FigureDates.readDates(tokens, figure, lowerBound, upperBound, publishedOn, warStart, r);
        r.scope = Scopes.scope(text, tokens, Math.max(lowerBound, clauseStart), upperBound);
        return r;
    }

    /**
     * A figure of both sides together: "killing 5,600 people on both sides" (where "each side" and "both sides
     * exchanged" count per side), "combined Russian and Ukrainian casualties".
     */
    private static void readSidesTogether(List<Token> tokens, Figure figure, int clauseStart, int np, int upperBound,
            FigureReading r) {
        for (int k = figure.end(); k + 2 < Math.min(upperBound, np + 8); k++) {
            if ((tokens.get(k).is("on") || tokens.get(k).is("from")) && (tokens.get(k + 1).is("both") || tokens.get(k + 1).is("either"))
                    && (tokens.get(k + 2).is("sides") || tokens.get(k + 2).is("side"))) {
                r.bothSidesTogether = true;
                r.eachSide = false;
            }
        }
        for (int k = 0; r.bothSidesTogether && k + 3 < tokens.size(); k++) {
            if (tokens.get(k).is("between") && tokens.get(k + 2).is("and")) {
                // "the conflict between Armenia and Azerbaijan, killing 5,600 people on both sides": those two
                String side = Gazetteer.side(tokens.get(k + 1).lower());
                String other = Gazetteer.side(tokens.get(k + 3).lower());
                if (side != null && other != null && !side.equals(other)) {
                    r.sidesTogether = Subjects.together(side, other);
                }
            }
        }
        for (int k = clauseStart; k + 3 < figure.start(); k++) {
            if (tokens.get(k).is("combined") && tokens.get(k + 2).is("and")) {
                String side = Sides.sideAt(tokens, k + 1);
                String other = Sides.sideAt(tokens, k + 3);
                if (side != null && other != null && !side.equals(other)) {
                    r.sidesTogether = Subjects.together(side, other);
                }
            }
        }
    }

    /** "die each month", "killed each year": "each" before a time unit is a rate, not each side. */
    private static boolean isTimeUnit(Token t) {
        return Lexicon.RATE_UNITS.containsKey(t.lower()) || t.is("year");
    }

    /** Adds the casualty words joined by "and"/"or" that end at {@code from}, read backwards: "killed or injured". */
    private static void addJoinedBefore(List<Token> tokens, int from, int clauseStart, Set<CasualtyCategory> categories) {
        for (int m = from; m >= clauseStart; m--) {
            Token joined = tokens.get(m);
            CasualtyCategory more = joined.isWord() ? categoryAt(tokens, m) : null;
            if (more != null) {
                categories.add(more);
            } else if (!(joined.is("and") || joined.is("or") || joined.isPunct('(') || joined.isPunct(')')
                    || joined.isPunct(',') && m > 0 && categoryAt(tokens, m - 1) != null)) {
                break;
            }
        }
    }

    /** How a wounded person's state is written: "in critical condition", "in a serious condition". */
    private static final Set<String> CONDITIONS = Set.of("critical", "serious", "grave", "stable");

    private static CasualtyCategory categoryAt(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.is("hands") && k >= 2 && tokens.get(k - 2).is("in") && Gazetteer.side(tokens.get(k - 1).lower()) != null) {
            return CasualtyCategory.CAPTURED; // "remained in Russian hands"
        }
        if (t.is("admitted") && k + 4 < tokens.size() && tokens.get(k + 1).is("to")) {
            for (int j = k + 2; j < k + 5; j++) {
                if (tokens.get(j).lower().startsWith("hospital")) {
                    return CasualtyCategory.WOUNDED; // "1,277 have been admitted to university hospitals"
                }
            }
        }
        if (t.is("held") && k > 0 && (tokens.get(k - 1).is("being") || tokens.get(k - 1).is("still") || tokens.get(k - 1).is("are")
                || tokens.get(k - 1).is("were") || tokens.get(k - 1).is("been"))) {
            return CasualtyCategory.CAPTURED; // "1,200 civilians are being held by Russia"
        }
        if (t.is("condition") && k >= 1 && CONDITIONS.contains(tokens.get(k - 1).lower())) {
            return CasualtyCategory.WOUNDED; // "five people were in a critical condition"
        }
        if (t.is("treated") && k + 1 < tokens.size()) {
            for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
                String w = tokens.get(j).lower();
                if (w.startsWith("hospital") || w.equals("injuries") || w.equals("wounds") || w.equals("burns")) {
                    return CasualtyCategory.WOUNDED; // "17 people were being treated in hospital"
                }
            }
        }
        if ((t.is("disappearance") || t.is("disappearances")) && k >= 1 && tokens.get(k - 1).is("enforced")) {
            return CasualtyCategory.CAPTURED; // taken by the authorities, not lost track of
        }
        if (t.is("hell") && k >= 2 && tokens.get(k - 1).is("to") && tokens.get(k - 2).is("sent")) {
            return CasualtyCategory.KILLED; // what some armies call killing insurgents: "12 terrorists were sent to hell"
        }
        CasualtyCategory c = Lexicon.CATEGORY_WORDS.get(t.lower());
        if (c == null) {
            return null;
        }
        if (t.is("toll") && !(k > 0 && tokens.get(k - 1).is("death"))) {
            return k > 0 && (tokens.get(k - 1).is("the") || tokens.get(k - 1).is("a")) ? CasualtyCategory.KILLED : null;
        }
        if (t.is("missing") && k + 1 < tokens.size() && (tokens.get(k + 1).is("from") || tokens.get(k + 1).is("out"))) {
            return null;
        }
        return c;
    }

    private static CasualtyCategory combine(Set<CasualtyCategory> categories, boolean lostLives) {
        if (categories.isEmpty()) {
            return null;
        }
        if (lostLives) {
            return CasualtyCategory.KILLED;
        }
        if (categories.size() == 1) {
            return categories.iterator().next();
        }
        return CasualtyCategory.CASUALTIES;
    }

    private static int clauseStart(List<Token> tokens, int from, int lowerBound) {
        for (int k = from - 1; k >= lowerBound; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.isPunct('(') || t.is("that") || t.is("which")
                    || t.is("while") || t.is("but") || t.is("who")) {
                return k + 1;
            }
        }
        return lowerBound;
    }

    /** The end of the clause from {@code from}: the next comma, semicolon, colon or full stop. */
    private static int clauseEndAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.isPunct('.')) {
                return k;
            }
        }
        return tokens.size();
    }

    /** Where the clause a figure stands in ends: the next comma, semicolon or dash. */
    static int clauseEnd(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct('—') || t.isPunct('–') || t.isPunct('.')) {
                return k;
            }
        }
        return tokens.size();
    }

    /** "a week after the attack", "a month ago": when something happened, not how many a week. */
    private static final Set<String> POINT_IN_TIME_AFTER = Set.of("after", "ago", "before", "earlier", "later", "since",
            "into", "on", "from", "prior");

    private static RatePer rateAt(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        RatePer adverb = Lexicon.RATE_ADVERBS.get(t.lower());
        if (adverb != null) {
            return adverb;
        }
        if (k + 1 < tokens.size() && Lexicon.RATE_PREFIXES.contains(t.lower())) {
            RatePer unit = Lexicon.RATE_UNITS.get(tokens.get(k + 1).lower());
            if (unit != null && !(t.is("a") && k + 2 < tokens.size() && POINT_IN_TIME_AFTER.contains(tokens.get(k + 2).lower()))) {
                return unit;
            }
        }
        if ((t.is("past") || t.is("last")) && k + 2 < tokens.size() && tokens.get(k + 1).is("24") && tokens.get(k + 2).is("hours")
                || (t.is("past") || t.is("last")) && k + 1 < tokens.size() && tokens.get(k + 1).is("day")) {
            return RatePer.DAY;
        }
        return null;
    }
}
