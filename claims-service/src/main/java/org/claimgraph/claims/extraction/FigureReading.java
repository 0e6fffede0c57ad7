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
    /** The counted are "foreign soldiers": of no side the sentence names. */
    boolean foreign;
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
    /** The enemy counted is named only as rebels of a civil war: "200 rebels", "13 guerrillas", "871 Tigers". */
    boolean rebels;
    /** The side is named in the counted noun phrase itself: "35,827 Syrian rebels", "40 Hamas fighters". */
    boolean subjectNamedWithThem;
    /** The counted are fighters of an Islamist movement named with them: "eight al-Shabaab militants". */
    boolean jihadistGroup;
    /** The figure counts the war's two sides together: "on both sides". */
    boolean bothSidesTogether;
    /** The two sides it names counted together: "combined Russian and Ukrainian casualties". */
    String sidesTogether;
    /** The count is the speaker's own: "its own losses were 50", "raising its death toll to 330", "their fighters". */
    boolean ownLosses;
    /** What the figure counts befell them otherwise: "two soldiers fled", "750,000 displaced"; no casualty to share. */
    boolean otherFate;

    /** What an "N-for-N" figure names when it is an exchange of prisoners: "a 307-for-307 swap". */
    private static final Set<String> SWAPS = Set.of("swap", "exchange", "prisoner", "prisoners");

    /** Participles that describe the counted people after a comma: "..., killed in action". */
    private static final Set<String> IN_ACTION = Set.of("killed", "wounded", "injured", "missing", "captured");

    /** Verbs of what else befalls people, which are not casualties. */
    private static final Set<String> OTHER_FATES = Set.of("displaced", "displacing", "evacuated", "rescued", "fled",
            "sheltered", "housed", "fed", "uprooted", "forced", "relocated", "vaccinated", "employed", "hosting", "hosts",
            "registered", "resettled", "returned");

    private static final Set<String> FOREIGN = Set.of("foreign");

    private static final Set<String> DEATH_NOUNS = Set.of("deaths", "death", "bodies", "body", "remains", "killing",
            "killings", "murder", "murders", "massacre");

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "at", "to", "reached", "reaches",
            "stands", "stood", "hit", "hits", "totals", "totalled", "totaled", "reach", "stand", "total");

    /**
     * A hyphen inside one word, as in "Al-Shabaab fighters", or quotation marks around a name within the noun phrase,
     * as in 61 Somali "Al Shabab" fighters: part of the noun phrase, not a break in it.
     */
    private static boolean wordHyphen(List<Token> tokens, int k, int from) {
        if (k >= from && k + 1 < tokens.size() && tokens.get(k).isQuotationMark() && tokens.get(k + 1).isWord()) {
            boolean opened = false;
            for (int j = from; j < k; j++) {
                opened ^= tokens.get(j).isQuotationMark();
            }
            return opened || tokens.get(k + 1).capitalized(); // the name's closing mark, or its opening one
        }
        return k > 0 && k + 1 < tokens.size() && tokens.get(k).isPunct('-') && tokens.get(k - 1).isWord()
                && tokens.get(k + 1).isWord() && tokens.get(k - 1).end() == tokens.get(k).start()
                && tokens.get(k).end() == tokens.get(k + 1).start();
    }

    static FigureReading read(String text, List<Token> tokens, Figure figure, int lowerBound, int upperBound, boolean[] masked,
            LocalDate publishedOn, LocalDate warStart) {
        FigureReading r = new FigureReading();
        int size = tokens.size();
        // the noun phrase after the figure: "Ukrainian soldiers", "total military casualties in Ukraine"
        int np = figure.end();
        int marks = 0; // quotation marks around a name do not make the phrase longer
        while (np < upperBound && np - figure.end() - marks < 5 && (tokens.get(np).isWord() || wordHyphen(tokens, np, figure.end()))
                && !Lexicon.CATEGORY_WORDS.containsKey(tokens.get(np).lower()) && !Lexicon.AUXILIARIES.contains(tokens.get(np).lower())
                && !Lexicon.CLAUSE_WORDS.contains(tokens.get(np).lower()) && !tokens.get(np).is("in")) {
            if (Lexicon.notPeople(tokens, np)) {
                return null;
            }
            marks += tokens.get(np).isQuotationMark() ? 1 : 0;
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
            if (t.isPunct('(') && !found) {
                // "six victims (one woman and five men) were found dead": read on past the brackets, figures and all
                int close = j + 1;
                while (close < size && close - j < 12 && !tokens.get(close).isPunct(')')) {
                    close++;
                }
                if (close < size && tokens.get(close).isPunct(')')) {
                    reach += close - j;
                    limit = Math.max(limit, clauseEndAfter(tokens, close + 1));
                    j = close + 1;
                    continue;
                }
            }
            if (t.kind() == Token.Kind.PUNCT && ".;:!?()—–".indexOf(t.text().charAt(0)) >= 0 || j >= upperBound && t.isNumber()) {
                break;
            }
            if (insideAside && !found && t.isPunct('-') && j > 0 && tokens.get(j - 1).end() < t.start()) {
                break; // "more than 10,200 - including 575 children - and those injured": the aside ends at its dash
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
                boolean newClause = close >= upperBound && close + 1 < size && Lexicon.CLAUSE_WORDS.contains(tokens.get(close + 1).lower());
                if (close < size && tokens.get(close).isPunct(',') && !newClause) {
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
            if (t.isPunct(',') && !(j + 1 < upperBound && (CasualtyWords.at(tokens, j + 1) != null || tokens.get(j + 1).is("or")
                    || tokens.get(j + 1).is("and")) && found)) {
                break;
            }
            CasualtyCategory c = t.isWord() ? CasualtyWords.at(tokens, j) : null;
            if (c != null && j + 2 < size && COPULAS.contains(tokens.get(j + 1).lower()) && tokens.get(j + 2).isNumber()) {
                break; // "deaths to 23,084 and injuries to 58,926": the noun says what the next figure counts
            }
            if (c != null) {
                categories.add(c);
                found = true;
                r.categoryEnd = j + 1;
                if ((t.is("lost") || t.is("lose")) && j + 1 < size && (tokens.get(j + 1).is("their") || tokens.get(j + 1).is("lives"))) {
                    lostLives = true;
                }
            } else if (found && !(t.is("or") || t.is("and") || t.is("went") || t.is("were") || t.is("been") || t.is("have")
                    || t.is("had") || t.is("as") || t.is("well") || t.isPunct(',')
                    || (t.is("suffered") || t.is("sustained")) && j > 0 && (tokens.get(j - 1).is("or") || tokens.get(j - 1).is("and")))) {
                // "have died or suffered injuries": the verb of the second casualty word does not end the reading
                break;
            } else if (t.isWord() && !found && OTHER_FATES.contains(t.lower())) {
                r.otherFate = true;
                break; // "two soldiers fled the shootout and a fighter was killed": the two fled
            } else if (t.isWord() && !found && (t.is("which") || t.is("whom")) && j > figure.end() && tokens.get(j - 1).is("of")) {
                reach += 2; // "790 servicemen, 180 of which were killed": the part's own verb follows
            } else if (t.isWord() && !found && (t.is("that") || t.is("which") || t.is("while") || t.is("but") || t.is("because"))) {
                break;
            }
            j++;
        }
        int clauseStart = clauseStart(tokens, figure.start(), lowerBound);
        String wordBefore = figure.start() > lowerBound ? tokens.get(figure.start() - 1).lower() : "";
        CasualtyCategory verbBefore = wordBefore.endsWith("ing") || wordBefore.endsWith("ed") && !wordBefore.equals("wounded")
                && !wordBefore.equals("injured") || wordBefore.equals("kills") || wordBefore.equals("shot") || wordBefore.equals("shoots")
                ? CasualtyWords.at(tokens, figure.start() - 1) : null;
        if (verbBefore != null && !categories.contains(verbBefore) && !described) {
            categories.clear();
            categories.add(verbBefore);
            CasualtyWords.addJoinedBefore(tokens, figure.start() - 2, clauseStart, categories); // "killing and injuring 40 soldiers"
        }
        int categoryFrom = clauseStart;
        if (figure.start() > 0 && COPULAS.contains(tokens.get(figure.start() - 1).lower())) {
            categoryFrom = lowerBound; // "The number of injured, according to the latest data, is 20": the subject says it
        }
        if (insideAside && categories.isEmpty() && clauseStart > 0 && tokens.get(clauseStart - 1).isPunct(',')) {
            // "The dead were 13 to 32 years old, including six women": a part of whom the clause before counted
            categoryFrom = lowerBound;
        }
        if (estimatesOfTheClauseBefore(tokens, clauseStart, figure.start())) {
            categoryFrom = lowerBound; // "no consensus on the number of victims, with estimates ranging from 500,000 to ..."
        }
        if (categories.isEmpty()) {
            for (int k = figure.start() - 1; k >= categoryFrom; k--) {
                if (OTHER_FATES.contains(tokens.get(k).lower())) {
                    break; // "killed hundreds and displaced 750,000": the figure counts the displaced
                }
                CasualtyCategory c = tokens.get(k).isWord() ? CasualtyWords.at(tokens, k) : null;
                if (c != null) {
                    categories.add(c);
                    // "lost (killed and wounded)", "killed or injured", "wounded, killed or missing": the words joined to
                    // it count too
                    CasualtyWords.addJoinedBefore(tokens, k - 1, categoryFrom, categories);
                    if ((tokens.get(k).is("lost") || tokens.get(k).is("loss")) && k + 1 < size
                            && (tokens.get(k + 1).is("their") || tokens.get(k + 1).is("lives") || tokens.get(k + 1).is("of")
                                    && (k + 2 < size && tokens.get(k + 2).is("life") || k + 3 < size && tokens.get(k + 3).is("life")))) {
                        lostLives = true; // "loss of life", "loss of civilian life"
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
        r.category = CasualtyWords.combine(categories, lostLives);
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
            civilian |= Lexicon.CIVILIAN_WORDS.contains(w) || Lexicon.CIVILIAN_PERSON.contains(w) && k < np;
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
        r.jihadistGroup = r.subject != null && Sides.jihadistGroupIn(tokens, figure.end(), np, masked);
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
        r.foreign = Enemies.wordIn(tokens, figure.end(), np, FOREIGN);
        r.enemy = Enemies.enemyWords(tokens, figure.start(), np);
        r.insurgents = r.enemy && Enemies.wordIn(tokens, figure.end(), np + 1, Lexicon.INSURGENT_WORDS);
        r.rebels = r.enemy && Enemies.wordIn(tokens, figure.end(), np + 1, Lexicon.REBEL_WORDS);
        if (Enemies.killedBySpeaker(tokens, figure.start())) {
            r.enemy = true; // "the IDF said they had killed 22,000 combatants": the speaker's enemy's losses
            r.enemyOfTheWar = true;
        }
        r.enemyOfTheWar = r.enemyOfTheWar || r.enemy && (Enemies.mentionsWord(tokens, figure.start() - 3, np + 1, "enemy") || Enemies.mentionsWord(tokens, figure.start() - 3, np + 1, "enemy's"));
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
        if (Figures.isOneForOne(tokens, figure)) {
            r.eachSide = true; // "a 307-for-307 swap": each side released as many
            if (figure.end() < size && SWAPS.contains(tokens.get(figure.end()).lower())) {
                r.category = CasualtyCategory.CAPTURED;
            }
        }
        readSidesTogether(tokens, figure, clauseStart, np, upperBound, r);
        if (r.subject == null) {
            int parentheses = 0;
            for (int k = figure.start() - 1; k >= lowerBound && r.subject == null; k--) {
                parentheses += tokens.get(k).isPunct(')') ? 1 : tokens.get(k).isPunct('(') ? -1 : 0;
                if (!masked[k] && parentheses <= 0) {
                    r.subject = Sides.sideAt(tokens, k);
                    if (r.subject != null && (Sides.tellersAt(tokens, k) || Sides.agentOf(tokens, k)
                            || Sides.jihadistGroupIn(tokens, k, k + 1, masked))) {
                        // an Islamist movement named before the figure is who fights, not whose losses: "Taliban
                        // militants ambushed a convoy, and two soldiers were killed"
                        r.subject = null;
                        continue;
                    }
                    if (r.subject != null && (Sides.tellersAt(tokens, k) || Sides.agentOf(tokens, k))) {
                        // "research from US scholars", "the Russian losses by the General Staff of the Ukrainian Armed
                        // Forces": who tells, not whose losses
                        r.subject = null;
                        continue;
                    }
                    r.subjectIsPlace = r.subject != null && Sides.placeNamedAt(tokens, k);
                    r.subjectFarBefore = r.subject != null && figure.start() - k > 3;
                }
            }
        }

        r.ownLosses = Enemies.ownedBySpeaker(tokens, clauseStart, figure.start()) || Enemies.ownedBySpeaker(tokens, figure.end(), np);

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

    private static final Set<String> ESTIMATES = Set.of("estimates", "estimate", "figures", "counts", "tallies", "tolls");

    private static final Set<String> RANGING = Set.of("ranging", "range", "varying", "vary", "from", "between");

    /**
     * "..., with estimates ranging from 500,000 to a million": a clause of estimates that spread over a range gives
     * figures of what the clause before counted. Estimates that say something ("with estimates suggesting") are a
     * source of their own, not read here.
     */
    private static boolean estimatesOfTheClauseBefore(List<Token> tokens, int clauseStart, int figureStart) {
        if (clauseStart == 0 || !tokens.get(clauseStart - 1).isPunct(',') || clauseStart >= figureStart
                || !tokens.get(clauseStart).is("with")) {
            return false;
        }
        boolean estimates = false;
        for (int k = clauseStart + 1; k < figureStart && k <= clauseStart + 5; k++) {
            String w = tokens.get(k).lower();
            estimates |= ESTIMATES.contains(w);
            if (estimates && RANGING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "die each month", "killed each year": "each" before a time unit is a rate, not each side. */
    private static boolean isTimeUnit(Token t) {
        return Lexicon.RATE_UNITS.containsKey(t.lower()) || t.is("year");
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
