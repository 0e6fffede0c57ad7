package org.claimgraph.claims.extraction;

import java.util.List;
import java.util.Set;

import org.claimgraph.claims.claim.Qualifier;
import org.claimgraph.claims.extraction.Figures.Figure;

/**
 * Figures of one sentence that share what only one of them says: "100,000 soldiers and 30,000 civilians", "including
 * nine", a list that leaves out its verb.
 */
final class Coordination {

    private Coordination() {
    }

    /** Auxiliaries right after a bare number: the count opens a clause of its own ("and seven were injured"). */
    private static final Set<String> OWN_VERB = Set.of("were", "was", "are", "is", "have", "has", "had");

    private static boolean ownVerb(List<Token> tokens, Figure figure) {
        return figure.end() < tokens.size() && OWN_VERB.contains(tokens.get(figure.end()).lower());
    }

    /** Words that may stand between "and" and a figure that goes on with the one before: "and a further 1,760". */
    private static final Set<String> CONTINUING = Set.of("a", "further", "another");

    /**
     * A bound stated once covers the figure joined to it without a verb of its own ("up to 43,000 Russians and 17,500
     * Ukrainians" likewise): "at least 21 fatalities and
     * 34 injuries", "at least 436 civilians were killed and a further 1,760 injured" (but not "killed at least 26 and
     * wounded 41", where the second count has its own verb, nor "at least 14 were killed and nine others wounded",
     * where "others" counts apart and stands as said, nor "at least 13 civilians were killed and 19 injured", where the
     * bound ends with the clause its verb closes).
     */
    static void shareBound(List<Token> tokens, List<Figure> figures) {
        for (int f = 0; f + 1 < figures.size(); f++) {
            Figure bounded = figures.get(f);
            Figure next = figures.get(f + 1);
            boolean upper = bounded.qualifier() == Qualifier.AT_MOST;
            if (bounded.qualifier() != Qualifier.AT_LEAST && !upper || next.qualifier() != Qualifier.EXACT || next.best() == null) {
                continue;
            }
            int and = -1;
            boolean ownVerb = false;
            for (int k = bounded.end(); k < next.start() && k - bounded.end() <= 4; k++) {
                if (tokens.get(k).is("and")) {
                    and = k;
                    break;
                }
                if (!tokens.get(k).isWord() && !tokens.get(k).isPunct('-') || tokens.get(k).isNumber()) {
                    break;
                }
                ownVerb |= Lexicon.AUXILIARIES.contains(tokens.get(k).lower());
            }
            if (ownVerb && and >= 0 && and + 1 < next.start() && !CONTINUING.contains(tokens.get(and + 1).lower())
                    || ownVerb && and + 1 == next.start()) {
                continue; // "at least 13 civilians were killed and 19 injured": the bound is of the clause with the verb
            }
            boolean joined = and >= 0;
            for (int k = and + 1; joined && k < next.start(); k++) {
                joined = CONTINUING.contains(tokens.get(k).lower());
            }
            joined &= !(next.end() < tokens.size() && tokens.get(next.end()).is("others"));
            // "at least five people were killed and seven were injured": the second count has a verb of its own
            joined &= !ownVerb(tokens, next);
            if (joined) {
                figures.set(f + 1, upper ? new Figure(next.start(), next.numberStart(), next.end(), null, null, next.best(), Qualifier.AT_MOST)
                        : new Figure(next.start(), next.numberStart(), next.end(), next.best(), null, null, Qualifier.AT_LEAST));
            }
        }
    }

    /** Figures joined by "and" or a comma share what only one of them says: "100,000 soldiers and 30,000 civilians". */
    static void shareAcrossCoordinatedFigures(List<Token> tokens, List<Figure> figures, FigureReading[] readings) {
        for (int f = 0; f < figures.size(); f++) {
            if (readings[f] == null) {
                continue;
            }
            if (readings[f].category != null && f > 0 && partOf(tokens, figures.get(f).start()) && readings[f - 1] != null
                    && readings[f - 1].category != null && readings[f - 1].categoryEnd <= figures.get(f).start()
                    && commaBetween(tokens, readings[f].nounPhraseEnd, readings[f].categoryEnd)) {
                // "killed seven people including two girls, and injured 46": the part is of the killed
                readings[f].category = readings[f - 1].category;
            }
            fillCategory(tokens, figures, readings, f);
        }
        // "30,000 US, 400,000 South Korean and 1,000 UK troops died": a list's last figure says it for all before it
        for (int f = figures.size() - 2; f >= 0; f--) {
            if (readings[f] != null && readings[f].category == null) {
                fillCategory(tokens, figures, readings, f);
            }
        }
        partOfBoth(tokens, figures, readings);
        heldBodies(tokens, figures, readings);
        shareSubjectPopulationAndDates(tokens, figures, readings);
        oneOfTheOthers(tokens, figures, readings);
        for (int f = 1; f < figures.size(); f++) {
            FigureReading part = readings[f];
            FigureReading whole = readings[f - 1];
            if (part != null && whole != null && part.subjectIsPlace && !part.subjectNamedWithThem
                    && (whole.subject == null || !whole.subjectIsPlace) && partOf(tokens, figures.get(f).start())) {
                // "4,357 Israeli soldiers injured, including 2,232 during the ground operation in Gaza": a part of the
                // whole's losses, wherever it befell them, and whoever's the whole turns out to be
                part.subject = whole.subject;
                part.subjectIsPlace = false;
            }
        }
    }

    /**
     * "at least 860 people were killed and 393 injured ..., including at least 36 children": a part named after a
     * killed and a wounded count, with no casualty word of its own, is of both, their casualties.
     */
    private static void partOfBoth(List<Token> tokens, List<Figure> figures, FigureReading[] readings) {
        for (int f = 2; f < figures.size(); f++) {
            FigureReading part = readings[f];
            FigureReading second = readings[f - 1];
            FigureReading first = readings[f - 2];
            if (part == null || second == null || first == null || part.category == null || first.category == null
                    || second.category == null || first.category == second.category || part.category != second.category
                    || part.categoryEnd > figures.get(f).end() || !partOf(tokens, figures.get(f).start())) {
                continue;
            }
            Long partSize = figures.get(f).low() != null ? figures.get(f).low() : figures.get(f).high();
            Long firstSize = figures.get(f - 2).low() != null ? figures.get(f - 2).low() : figures.get(f - 2).high();
            // "a girl was killed and 22 injured, including five children": five fit only among the injured
            boolean joined = partSize != null && firstSize != null && partSize <= firstSize;
            boolean and = false;
            for (int k = figures.get(f - 2).end(); k < figures.get(f - 1).start(); k++) {
                and |= tokens.get(k).is("and");
            }
            if (joined && and && (first.category == org.claimgraph.claims.claim.CasualtyCategory.KILLED
                    || first.category == org.claimgraph.claims.claim.CasualtyCategory.WOUNDED)) {
                part.category = org.claimgraph.claims.claim.CasualtyCategory.CASUALTIES;
            }
        }
    }

    /**
     * "120 hostages still held in Gaza, ..., as well as the bodies of two soldiers and two civilians": bodies listed
     * with captives are held too.
     */
    private static void heldBodies(List<Token> tokens, List<Figure> figures, FigureReading[] readings) {
        boolean held = false;
        boolean bodies = false;
        for (int f = 0; f < figures.size(); f++) {
            FigureReading r = readings[f];
            if (r == null) {
                continue;
            }
            int start = figures.get(f).start();
            boolean ofBodies = start >= 5 && tokens.get(start - 1).is("of") && (tokens.get(start - 2).is("bodies")
                    || tokens.get(start - 2).is("remains")) && listedWithAsWellAs(tokens, start - 2);
            // "... and two civilians": the list of bodies goes on
            bodies = ofBodies || bodies && f > 0 && tokens.get(start - 1).is("and") && readings[f - 1] != null
                    && figures.get(f - 1).end() <= start - 1 && start - 1 - readings[f - 1].nounPhraseEnd <= 0;
            if (held && bodies && r.category == org.claimgraph.claims.claim.CasualtyCategory.KILLED) {
                r.category = org.claimgraph.claims.claim.CasualtyCategory.CAPTURED;
            }
            held |= r.category == org.claimgraph.claims.claim.CasualtyCategory.CAPTURED;
        }
    }

    private static boolean listedWithAsWellAs(List<Token> tokens, int bodies) {
        for (int k = Math.max(2, bodies - 4); k < bodies; k++) {
            if (tokens.get(k).is("as") && tokens.get(k - 1).is("well") && tokens.get(k - 2).is("as")) {
                return true;
            }
            if (tokens.get(k).is("well") && tokens.get(k - 1).is("as") && k + 1 < bodies && tokens.get(k + 1).is("as")) {
                return true;
            }
        }
        return false;
    }

    private static void fillCategory(List<Token> tokens, List<Figure> figures, FigureReading[] readings, int f) {
        if (readings[f].category == null && !readings[f].otherFate) {
            // "it had located 12 and among them 5 dead": what befell a part is not what befell the whole
            // nor does "rose to five and seven were injured" say the five were: a bare count with its own verb
            FigureReading next = f + 1 < figures.size() && coordinated(tokens, readings[f].nounPhraseEnd, figures.get(f + 1).start())
                    && !partNamedAfter(tokens, figures.get(f + 1).start()) && !ownVerb(tokens, figures.get(f + 1)) ? readings[f + 1] : null;
            FigureReading previous = f > 0 && readings[f - 1] != null
                    && coordinated(tokens, readings[f - 1].nounPhraseEnd, figures.get(f).start()) ? readings[f - 1] : null;
            if (previous != null && previous.categoryEnd > figures.get(f).start()) {
                previous = null; // "six victims (one woman and five men) were found dead": the breakdown is no claim of its own
            }
            FigureReading from = next != null && next.category != null ? next : previous;
            if (f > 0 && partOf(tokens, figures.get(f).start())) {
                from = null; // "120 civilians have been killed, including 15 children, and 220 wounded": a part of the killed
            }
            if ((from == null || from.category == null) && f > 0 && (partOf(tokens, figures.get(f).start())
                    || ofThem(tokens, figures.get(f).end()))) {
                // "4,641 of the deaths were officers, including nine generals": a part of what came before
                for (int g = f - 1; g >= 0 && (from == null || from.category == null); g--) {
                    from = readings[g];
                }
            }
            if ((from == null || from.category == null) && f > 0 && readings[f - 1] != null
                    && (gapped(tokens, Math.max(readings[f - 1].nounPhraseEnd, readings[f - 1].categoryEnd), figures.get(f).start())
                            || goesOn(tokens, afterPlaces(tokens, Math.max(readings[f - 1].nounPhraseEnd, readings[f - 1].categoryEnd)),
                                    figures.get(f).start())
                            || earlierCount(tokens, figures.get(f).start())
                            || parallelPlaces(tokens, Math.max(readings[f - 1].nounPhraseEnd, readings[f - 1].categoryEnd),
                                    figures.get(f).start(), figures.get(f).end()))) {
                from = readings[f - 1]; // "the Zapad group eliminated 1,610 soldiers, the Yug group more than 1,135"
            }
            if (from != null && from.category != null) {
                readings[f].category = from.category;
                readings[f].confidence -= 0.05;
                if (readings[f].ratePer == null) {
                    readings[f].ratePer = from.ratePer;
                }
            }
        }
    }

    private static void shareSubjectPopulationAndDates(List<Token> tokens, List<Figure> figures, FigureReading[] readings) {
        for (int f = 1; f < figures.size(); f++) {
            FigureReading r = readings[f];
            FigureReading previous = readings[f - 1];
            if (r == null || previous == null) {
                continue;
            }
            if (r.subject == null && !r.eachSide && r.sidesTogether == null && !r.bothSidesTogether) {
                r.subject = previous.subject;
                r.subjectIsPlace = previous.subjectIsPlace; // "the toll in Gaza reached 15, with 17 soldiers injured"
                r.subjectFarBefore = previous.subjectFarBefore;
                r.eachSide = previous.eachSide;
                r.sidesTogether = previous.sidesTogether;
                r.bothSidesTogether = previous.bothSidesTogether;
            }
            if (r.population == null && others(tokens, figures.get(f).end())) {
                // "three soldiers killed and five others wounded" are soldiers too, and "11 civilians, including three
                // children, and 31 others" civilians; "killing a woman and wounding 56 others": anyone
                FigureReading whole = previous;
                for (int g = f - 1; g > 0 && partOf(tokens, figures.get(g).start()) && readings[g - 1] != null; g--) {
                    whole = readings[g - 1];
                }
                r.population = whole.subgroup == null ? whole.population : null;
            } else if (r.population == null) {
                r.population = previous.population;
            }
            if (r.periodStart == null && r.asOf == null) {
                r.periodStart = previous.periodStart;
                r.asOf = previous.asOf;
            }
        }
    }

    /** "56 others", "17 others": people counted apart from the ones before. */
    private static boolean others(List<Token> tokens, int figureEnd) {
        return figureEnd < tokens.size() && tokens.get(figureEnd).is("others");
    }

    /**
     * "four leaders were killed and nine other militants wounded": the "other" fighters say what the figure before
     * counted, so both are the same enemy's.
     */
    private static void oneOfTheOthers(List<Token> tokens, List<Figure> figures, FigureReading[] readings) {
        for (int f = 0; f + 1 < figures.size(); f++) {
            FigureReading r = readings[f];
            FigureReading others = readings[f + 1];
            int end = figures.get(f + 1).end();
            if (r == null || others == null || r.enemy || !others.enemy || r.subjectNamedWithThem
                    || end + 1 >= tokens.size() || !tokens.get(end).is("other")) {
                continue;
            }
            r.enemy = true;
            r.enemyOfTheWar = others.enemyOfTheWar;
            r.insurgents = others.insurgents;
            r.rebels = others.rebels;
            r.jihadistGroup = others.jihadistGroup;
            r.subject = others.subject;
            r.subjectIsPlace = others.subjectIsPlace;
            r.subjectNamedWithThem = others.subjectNamedWithThem;
            r.population = others.population;
        }
    }

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, tokens.size()); k++) {
            if (tokens.get(k).isPunct(',')) {
                return true;
            }
        }
        return false;
    }

    /** "six of them seriously", "13 of whom were boys": a part of the figure before. */
    private static boolean ofThem(List<Token> tokens, int figureEnd) {
        return figureEnd + 1 < tokens.size() && tokens.get(figureEnd).is("of")
                && (tokens.get(figureEnd + 1).is("them") || tokens.get(figureEnd + 1).is("whom") || tokens.get(figureEnd + 1).is("those"));
    }

    /** A figure introduced as part of a whole: "including nine", "among them five", "of whom 13". */
    private static boolean partOf(List<Token> tokens, int figureStart) {
        for (int k = Math.max(0, figureStart - 3); k < figureStart; k++) {
            Token t = tokens.get(k);
            if (t.is("including") || t.is("among") || t.is("whom") && k > 0 && tokens.get(k - 1).is("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A part introduced after its whole: "including five", "among them five", "of whom five" (not "were among at least
     * 13 people killed", where the whole comes second).
     */
    private static boolean partNamedAfter(List<Token> tokens, int figureStart) {
        for (int k = Math.max(0, figureStart - 3); k < figureStart; k++) {
            Token t = tokens.get(k);
            if (t.is("including") || t.is("among") && k + 1 < figureStart && tokens.get(k + 1).is("them")
                    || t.is("whom") && k > 0 && tokens.get(k - 1).is("of")) {
                return true;
            }
        }
        return false;
    }

    /** A list that leaves out the verb: ", the Yug Battlegroup more than 1,135 and the Vostok Battlegroup ...". */
    private static boolean gapped(List<Token> tokens, int from, int to) {
        if (to - from > 7 || to <= from || !tokens.get(from).isPunct(',') && !tokens.get(from).is("and")) {
            return false;
        }
        boolean named = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.capitalized()) {
                named = true;
            } else if (!(t.isPunct(',') || t.is("and") || t.is("the") || t.is("while") || t.is("more") || t.is("than")
                    || Lexicon.ORGANIZATION_WORDS.contains(t.lower()) || t.is("battlegroup") || t.is("unit") || t.is("units")
                    || t.is("over") || t.is("about") || t.is("some") || t.is("nearly") || t.is("up") || t.is("to")
                    || t.is("at") || t.is("least") || t.is("another"))) {
                return false;
            }
        }
        return named;
    }

    /**
     * "840 fatalities in April, and 586 in May", "five killed in Gaza, and three in Lebanon": a list of counts by place
     * or time that says what it counts once.
     */
    private static boolean parallelPlaces(List<Token> tokens, int from, int to, int figureEnd) {
        int k = afterPlaces(tokens, from);
        if (k == from || k >= to || !tokens.get(k).isPunct(',') && !tokens.get(k).is("and")) {
            return false;
        }
        while (k < to && (tokens.get(k).isPunct(',') || tokens.get(k).is("and"))) {
            k++;
        }
        return k == to && placeAt(tokens, figureEnd) >= 0;
    }

    /** Past the place and time phrases at {@code k}: "in Syria in June". */
    private static int afterPlaces(List<Token> tokens, int k) {
        for (int end = placeAt(tokens, k); end > 0; end = placeAt(tokens, k)) {
            k = end;
        }
        return k;
    }

    /** The end of "in/on/during" and one to three capitalized words at {@code k}, or -1. */
    private static int placeAt(List<Token> tokens, int k) {
        if (k >= tokens.size() || !(tokens.get(k).is("in") || tokens.get(k).is("on") || tokens.get(k).is("during"))) {
            return -1;
        }
        int end = k + 1;
        while (end < tokens.size() && end - k <= 3 && tokens.get(end).capitalized()) {
            end++;
        }
        return end > k + 1 ? end : -1;
    }

    /** Nouns for an earlier telling of the same count: "up from a previous tally of 300". */
    private static final Set<String> EARLIER_COUNTS = Set.of("count", "tally", "toll", "figure", "estimate", "total");
    private static final Set<String> EARLIER = Set.of("previous", "earlier", "last", "initial", "prior", "former");

    /** "a sharp jump from the previous count of more than 13,300": the figure before counted the same. */
    private static boolean earlierCount(List<Token> tokens, int figureStart) {
        for (int k = Math.max(1, figureStart - 4); k < figureStart; k++) {
            if (EARLIER_COUNTS.contains(tokens.get(k).lower()) && EARLIER.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words of a count that goes on to a later figure: "may be as high as 1.8 million and could reach 2 million". */
    private static final Set<String> GOING_ON = Set.of("could", "may", "might", "would", "will", "soon", "eventually", "even",
            "possibly", "then", "later", "reach", "rise", "climb", "grow", "hit", "top", "to", "has", "have", "had", "risen",
            "climbed", "grown", "reached", "rising", "climbing", "growing", "reaching", "falling", "dropping");

    /** "... and could reach 2 million", "..., rising to 250": the same count, later or higher. */
    private static boolean goesOn(List<Token> tokens, int from, int to) {
        if (to - from > 6 || to - from < 2 || !(tokens.get(from).is("and") || tokens.get(from).isPunct(','))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!GOING_ON.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Only "and", "or", commas and qualifier words between two figures. */
    private static boolean coordinated(List<Token> tokens, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            // "100 soldiers and 30 civilians", "12 civilians, including one child", "111 people -- 83 civilians"
            if (!(t.is("and") || t.is("or") || t.isPunct(',') || t.is("another") || t.is("as") || t.is("well")
                    || t.is("including") || t.is("among") || t.is("them") || t.is("of") || t.isPunct('–') || t.isPunct('—')
                    || (t.is("her") || t.is("his") || t.is("their")) && k > from && tokens.get(k - 1).is("and") // "a woman and her two children"
                    || (t.is("were") || t.is("are")) && k + 1 < to && tokens.get(k + 1).is("among")
                    || t.isPunct('-') || t.isPunct('(') || t.isPunct(':'))) {
                return false;
            }
        }
        return true;
    }
}
