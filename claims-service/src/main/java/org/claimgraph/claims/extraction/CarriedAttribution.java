package org.claimgraph.claims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimgraph.claims.extraction.Attributions.Cue;
import org.claimgraph.claims.extraction.ExtractedClaim.Attribution;
import org.claimgraph.claims.extraction.Figures.Figure;

/**
 * Attribution carried across sentences: a figure nobody claims in its sentence takes the source the next sentence names
 * ("The figures were published by X") or the source of the sentence before when the writing goes on with it.
 */
final class CarriedAttribution {

    private CarriedAttribution() {
    }

    /**
     * A sentence with figures but nobody named takes the claimant from the next sentence, else from the one before, else,
     * when it reads as a statistic ("the number of fatalities rose to 92"), from the source the article last named.
     */
    static List<ExtractedClaim> attributeUnattributed(List<ExtractedClaim> claims, int sentence, List<int[]> spans,
            List<List<Token>> sentences, List<List<Cue>> cuesBySentence, List<List<Figure>> figuresBySentence,
            String previousSentenceClaimant, boolean announced, boolean newParagraph, ClaimantNames names, Speakers speakers) {
        String lastSource = speakers.lastHeard();
        int spanStart = spans.get(sentence)[0];
        if (agentless(sentences.get(sentence)) || turnsAway(sentences.get(sentence))) {
            return claims; // "... are thought to have died": the writer marks the figure as nobody's in particular
        }
        boolean any = false;
        for (ExtractedClaim claim : claims) {
            any |= claim.spanStart() == spanStart && claim.claimant() == null;
        }
        if (!any) {
            return claims;
        }
        String following = quotationSpeaker(sentence, sentences, cuesBySentence, names, speakers);
        // "Based on this report, 14 soldiers are still critical": the report is the one the source before gave
        String pointedBack = following == null && pointsBackToAReport(sentences.get(sentence))
                ? previousSentenceClaimant != null ? previousSentenceClaimant : lastSource : null;
        boolean addsToTheCountBefore = previousSentenceClaimant != null && addsToTheCountBefore(sentences.get(sentence));
        if (following == null && !addsToTheCountBefore && sentence + 1 < sentences.size()) {
            List<Token> next = sentences.get(sentence + 1);
            // "According to officials, the wounded were taken to ...": a sentence opening on its source tells that
            // source's own news, not where the figures before came from, unless it names a statement the figures are in
            // ("According to a statement from X, ...")
            boolean ownNews = !next.isEmpty() && next.get(0).is("according") && next.subList(1, Math.min(next.size(), 5))
                    .stream().noneMatch(t -> Lexicon.STATEMENT_NOUNS.contains(t.lower()));
            if (figuresBySentence.get(sentence + 1).isEmpty() && speaksOfFigures(next) && !ownNews) {
                for (Cue cue : cuesBySentence.get(sentence + 1)) {
                    if (cue.named() && !Lexicon.PRONOUNS.contains(next.get(cue.nameStart()).lower())) {
                        following = names.claimant(next, cue.nameStart(), cue.nameEnd());
                        break;
                    }
                }
            } else if (figuresBySentence.get(sentence + 1).isEmpty() && namesTheCountedAgain(next)) {
                // "The casualties were confirmed in what the army described as ..., X reported": whoever reports the
                // whole sentence, named last
                List<Cue> nextCues = cuesBySentence.get(sentence + 1);
                Cue last = nextCues.isEmpty() ? null : nextCues.get(nextCues.size() - 1);
                if (last != null && last.named() && last.nameEnd() == last.position() && commaBefore(next, last.nameStart())
                        && !Lexicon.PRONOUNS.contains(next.get(last.nameStart()).lower())) {
                    following = names.claimant(next, last.nameStart(), last.nameEnd());
                }
            }
        }
        String claimantBefore = opensAnotherEvent(sentences.get(sentence)) ? claimantBefore(claims, spanStart) : null;
        List<ExtractedClaim> result = new ArrayList<>(claims.size());
        for (ExtractedClaim claim : claims) {
            if (claim.spanStart() == spanStart && claim.claimant() == null && !takenAsKnown(sentences.get(sentence), claim)) {
                if (pointedBack != null) {
                    claim = claim.withClaimant(pointedBack, Attribution.CONTINUED, ClaimExtractor.clamp(claim.confidence() + 0.3 - 0.2));
                } else if (following == null && claimantBefore != null) {
                    claim = claim.withClaimant(claimantBefore, Attribution.CONTINUED, ClaimExtractor.clamp(claim.confidence() + 0.3 - 0.2));
                } else if (following != null) {
                    claim = claim.withClaimant(following, Attribution.FOLLOWING_SENTENCE, ClaimExtractor.clamp(claim.confidence() + 0.3 - 0.15));
                } else if (previousSentenceClaimant != null && !anEarlierEvent(sentences.get(sentence))
                        && (announced || goesOn(sentences.get(sentence), newParagraph)
                        || opensWithTheEventBefore(sentences.get(sentence)) || insideQuotation(sentence, sentences))) {
                    claim = claim.withClaimant(previousSentenceClaimant, Attribution.CONTINUED, ClaimExtractor.clamp(claim.confidence() + 0.3 - 0.2));
                } else if (lastSource != null && (statistic(sentences.get(sentence)) || updatesTheCount(sentences.get(sentence)))) {
                    claim = claim.withClaimant(lastSource, Attribution.CONTINUED, ClaimExtractor.clamp(claim.confidence() + 0.3 - 0.25));
                } else if (lastSource != null && !anEarlierEvent(sentences.get(sentence))
                        && heardAgain(lastSource, sentence, sentences, cuesBySentence, names)) {
                    claim = claim.withClaimant(lastSource, Attribution.CONTINUED, ClaimExtractor.clamp(claim.confidence() + 0.3 - 0.25));
                }
            }
            result.add(claim);
        }
        return result;
    }

    /** Nouns for what a source gave, which "this" points back to. */
    private static final Set<String> GIVEN = Set.of("report", "data", "figures", "account", "information", "statement", "count", "tally");

    /** "Based on this report, ...", "According to these figures, ...": a sentence opening on what the source before gave. */
    private static boolean pointsBackToAReport(List<Token> tokens) {
        int k = tokens.size() > 3 && tokens.get(0).is("based") && tokens.get(1).is("on") ? 2
                : tokens.size() > 3 && tokens.get(0).is("according") && tokens.get(1).is("to") ? 2 : -1;
        return k > 0 && (tokens.get(k).is("this") || tokens.get(k).is("that") || tokens.get(k).is("these") || tokens.get(k).is("those"))
                && GIVEN.contains(tokens.get(k + 1).lower());
    }

    /** How many sentences on the source heard last may be heard again for the sentences between to be its account. */
    private static final int STATEMENT_REACH = 4;

    /**
     * Whether the source heard last is named again a few sentences on ("the ISPR added"), with nobody else named
     * between: the paragraphs between tell its statement ("In another operation, four terrorists were killed"), not the
     * writer's own account.
     */
    private static boolean heardAgain(String source, int sentence, List<List<Token>> sentences, List<List<Cue>> cuesBySentence,
            ClaimantNames names) {
        if (ClaimantNames.isPerson(source) || !fullSentence(sentences.get(sentence))) {
            return false; // a person's remarks are quoted, not paraphrased at length; a caption or heading is the outlet's
        }
        String before = null;
        for (int k = sentence - 1; k >= Math.max(0, sentence - STATEMENT_REACH) && before == null; k--) {
            // a headline names a source above the story, not one whose statement the story goes on telling
            before = fullSentence(sentences.get(k)) ? firstSource(sentences.get(k), cuesBySentence.get(k), names, k) : null;
        }
        if (!sameSource(source, before)) {
            return false;
        }
        for (int later = sentence + 1; later < Math.min(sentences.size(), sentence + 1 + STATEMENT_REACH); later++) {
            String named = firstSource(sentences.get(later), cuesBySentence.get(later), names, later);
            if (named != null) {
                return sameSource(source, named);
            }
        }
        return false;
    }

    /** A sentence of the story, closed by its full stop, unlike a headline or a caption. */
    private static boolean fullSentence(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).isPunct('.');
    }

    /** The same source under a longer or shorter form of its name: "Inter-Services Public Relations", "Services Public Relations". */
    private static boolean sameSource(String source, String named) {
        if (named == null) {
            return false;
        }
        String a = source.toLowerCase(java.util.Locale.ROOT);
        String b = named.toLowerCase(java.util.Locale.ROOT);
        return a.equals(b) || b.indexOf(' ') > 0 && (a.endsWith(b) || b.endsWith(a));
    }

    /** Who the first source a sentence names (not by a pronoun) stands for, or null. */
    private static String firstSource(List<Token> tokens, List<Cue> cues, ClaimantNames names, int sentence) {
        for (Cue cue : cues) {
            if (cue.named() && !Lexicon.PRONOUNS.contains(tokens.get(cue.nameStart()).lower())) {
                return names.lookAhead(tokens, cue.nameStart(), cue.nameEnd(), sentence);
            }
        }
        return null;
    }

    /** A figure the report takes as known ("raising the toll from four"), which no source around it gives. */
    private static boolean takenAsKnown(List<Token> tokens, ExtractedClaim claim) {
        String first = claim.figure().split("\\s+")[0];
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(first) && Speakers.nobodysFigure(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of one more action of a military bulletin: "In another operation", "In a separate encounter". */
    private static final Set<String> OPERATION_NOUNS = Set.of("operation", "encounter", "engagement", "raid", "clash",
            "ibo", "exchange", "ambush", "offensive");
    private static final Set<String> ANOTHER = Set.of("another", "separate", "second", "third", "fourth", "further");

    /**
     * "In another operation, four terrorists were killed": the bulletin goes on to its next action, even in a new
     * paragraph, so its figures are told by whoever told the figures before.
     */
    private static boolean opensAnotherEvent(List<Token> tokens) {
        if (tokens.size() < 4 || !tokens.get(0).is("in")) {
            return false;
        }
        int k = tokens.get(1).is("a") || tokens.get(1).is("the") ? 2 : 1;
        return ANOTHER.contains(tokens.get(k).lower()) && OPERATION_NOUNS.contains(tokens.get(k + 1).lower());
    }

    /** The claimant of the last claim read before the sentence at {@code spanStart}, if it had one. */
    private static String claimantBefore(List<ExtractedClaim> claims, int spanStart) {
        for (int c = claims.size() - 1; c >= 0; c--) {
            if (claims.get(c).spanStart() < spanStart) {
                return claims.get(c).claimant();
            }
        }
        return null;
    }

    /** Verbs by which a sentence opening on "This" or "That" adds the count before to a total. */
    private static final Set<String> TOTALLING = Set.of("brings", "brought", "takes", "took", "raises", "raised", "pushes",
            "pushed", "puts", "lifts", "lifted", "increases", "increased");

    /**
     * "This brings the total number of deaths to over 14,000": the sentence goes on with the count the sentence before
     * gave, so it is that source's, whoever the sentence after names.
     */
    private static boolean addsToTheCountBefore(List<Token> tokens) {
        return tokens.size() > 2 && (tokens.get(0).is("this") || tokens.get(0).is("that")) && TOTALLING.contains(tokens.get(1).lower());
    }

    /** How many later sentences a quotation may run on before the sentence that names who is quoted. */
    private static final int QUOTATION_REACH = 3;

    /**
     * Who is quoted when a sentence opens a quotation that closes in a later sentence naming the speaker after it
     * ("“Eight were wounded. Two are missing,” the agency said."): the whole quotation is that speaker's.
     */
    private static String quotationSpeaker(int sentence, List<List<Token>> sentences, List<List<Cue>> cuesBySentence,
            ClaimantNames names, Speakers speakers) {
        if (!opensUnclosedQuotation(sentences.get(sentence))) {
            return null;
        }
        for (int later = sentence + 1; later < Math.min(sentences.size(), sentence + 1 + QUOTATION_REACH); later++) {
            List<Token> tokens = sentences.get(later);
            int close = quotationClose(tokens);
            if (close < 0) {
                continue; // the quotation goes on
            }
            for (Cue cue : cuesBySentence.get(later)) {
                if (cue.named() && cue.nameStart() > close) {
                    Speakers.Speaker speaker = speakers.resolve(cue, tokens, names);
                    return speaker == null ? null : speaker.name();
                }
            }
            return null;
        }
        return null;
    }

    /**
     * A sentence with no quotation marks of its own inside a quotation an earlier sentence opened and none closed since
     * ("“Overall, the enemy lost 790. It has about 1,900 wounded. ...,” he said."): the quoted speaker's words too.
     */
    private static boolean insideQuotation(int sentence, List<List<Token>> sentences) {
        if (hasQuotationMarks(sentences.get(sentence))) {
            return false;
        }
        for (int before = sentence - 1; before >= Math.max(0, sentence - QUOTATION_REACH); before--) {
            List<Token> earlier = sentences.get(before);
            if (!earlier.isEmpty() && (earlier.get(0).isPunct('“') || earlier.get(0).isPunct('"')) && opensUnclosedQuotation(earlier)) {
                return true; // a quotation opening its sentence, not a closing mark read as an opening one
            }
            if (hasQuotationMarks(sentences.get(before))) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasQuotationMarks(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.isQuotationMark()) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensUnclosedQuotation(List<Token> tokens) {
        boolean open = false;
        for (Token t : tokens) {
            if (t.isPunct('“')) {
                open = true;
            } else if (t.isPunct('”')) {
                open = false;
            } else if (t.isPunct('"')) {
                open = !open;
            }
        }
        return open;
    }

    /** Where a quotation opened before this sentence closes in it, or -1. */
    private static int quotationClose(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).isPunct('“')) {
                return -1; // a new quotation: the one before closed unseen
            }
            if (tokens.get(k).isPunct('”') || tokens.get(k).isPunct('"')) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Words of counting and its records: a sentence that speaks of "the number of", "confirmed" or "recorded" figures
     * reports somebody's statistics, not an event the writer saw.
     */
    private static final Set<String> STATISTIC_WORDS = Set.of("number", "confirmed", "recorded", "registered",
            "documented", "identified", "verified", "official", "statistics", "total");

    private static boolean statistic(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.isWord() && STATISTIC_WORDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for the people a count before counted, and the verbs that break them down. */
    private static final Set<String> VICTIM_NOUNS = Set.of("casualties", "victims", "dead", "deaths", "fatalities", "injured",
            "wounded", "killed");
    private static final Set<String> PARTS_VERBS = Set.of("included", "include", "includes", "were", "are", "comprised",
            "numbered");

    /** "As of 6 a.m., 54 people were injured": the next update of the count a source gives. */
    private static boolean updatesTheCount(List<Token> tokens) {
        return tokens.size() > 2 && tokens.get(0).is("as") && tokens.get(1).is("of")
                && (tokens.get(2).isNumber() || Dates.at(tokens, 2, null) != null);
    }

    /** Words that open a sentence going on with what the sentence before reported. */
    private static final Set<String> GOING_ON = Set.of("additionally", "also", "so", "overall", "moreover", "furthermore",
            "in", "of", "among", "another", "the", "that", "this", "it", "altogether", "including", "besides", "plus",
            "separately", "further", "similarly", "likewise", "a", "an", "some", "about", "around", "nearly", "almost",
            "more", "over", "at", "up", "nonetheless", "however", "still", "yet", "but", "though", "even", "now");

    /**
     * Whether a sentence without a source goes on with the one before ("Additionally, 390,000 were wounded", "That
     * brings the total to ...") rather than telling events in the writer's own voice ("Jets bombed a house, killing
     * eight"), which are the outlet's.
     */
    private static boolean goesOn(List<Token> tokens, boolean newParagraph) {
        if (tokens.isEmpty()) {
            return false;
        }
        for (int k = 0; k + 1 < Math.min(tokens.size(), 8); k++) {
            if ((tokens.get(k).is("by") || tokens.get(k).is("in")) && (tokens.get(k + 1).is("contrast") || tokens.get(k + 1).is("comparison"))) {
                return true; // "Ukraine, by contrast, has suffered ...": the same source compares
            }
        }
        Token first = tokens.get(0);
        if (first.isPunct('“') || first.isPunct('"')) {
            return true; // a quotation on its own goes on quoting whoever was quoted before
        }
        if (first.isNumber() || Figures.isNumberWord(first)) {
            // "Two other bystanders also died": the count goes on; opening a paragraph, a count is the writer's own
            // telling of what happened next, as "More than 6,500 ..." below
            return !newParagraph;
        }
        int opening = first.is("the") || first.is("those") ? 1 : 0;
        if (opening + 1 < tokens.size() && VICTIM_NOUNS.contains(tokens.get(opening).lower())
                && PARTS_VERBS.contains(tokens.get(opening + 1).lower())) {
            return true; // "Casualties included six journalists", "The dead were mostly women": the count before, in parts
        }
        if (updatesTheCount(tokens) || samePeriod(tokens)) {
            return true;
        }
        if (!first.isWord() || !GOING_ON.contains(first.lower())) {
            return false;
        }
        if (first.is("in") && tokens.size() > 2 && tokens.get(1).is("the") && COMPASS.contains(tokens.get(2).lower())) {
            return true; // "In the south, strikes killed 13": the count before, region by region
        }
        if (newParagraph && WEAK_OPENERS.contains(first.lower())) {
            return false; // "More than 6,500 people have been killed since ..." opening a paragraph: the writer's background
        }
        if (first.is("in") || first.is("the") || first.is("a") || first.is("an")) {
            // "In total ...", "In addition ...", "The figure ...", "The toll ..." but not "In the city of ..."
            return tokens.size() > 1 && (tokens.get(1).is("total") || tokens.get(1).is("addition") || tokens.get(1).is("all")
                    || Lexicon.STATEMENT_NOUNS.contains(tokens.get(1).lower()) || tokens.get(1).is("number")
                    || tokens.get(1).is("toll") || tokens.get(1).is("total") || tokens.get(1).is("latest")
                    || tokens.get(1).is("overall") || tokens.get(1).is("death") || tokens.get(1).is("further"));
        }
        return true;
    }

    /** Openers that go on with the sentence before within a paragraph, but after a break may start anything. */
    private static final Set<String> WEAK_OPENERS = Set.of("more", "over", "about", "around", "nearly", "almost", "at", "up",
            "some", "in", "the", "a", "an", "now", "but", "yet", "still", "though", "even");

    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "centre", "center", "capital");

    /** Openers by which the writer turns from the account before to another matter: "Meanwhile, ...", "Elsewhere, ...". */
    private static final Set<String> TURNING = Set.of("meanwhile", "elsewhere");

    private static boolean turnsAway(List<Token> tokens) {
        return !tokens.isEmpty() && TURNING.contains(tokens.get(0).lower());
    }

    private static final Set<String> PERIOD_OPENERS = Set.of("in", "during", "over", "for", "within", "throughout");
    private static final Set<String> PERIOD_NOUNS = Set.of("period", "time", "timeframe", "span", "day", "days", "week",
            "weeks", "month", "months", "year", "years", "stretch", "window");

    /** "In that period, ...", "During the same period ...": a sentence set in the time the sentence before reported on. */
    private static boolean samePeriod(List<Token> tokens) {
        if (tokens.size() < 3 || !PERIOD_OPENERS.contains(tokens.get(0).lower())) {
            return false;
        }
        int k = 1;
        if (tokens.get(k).is("that") || tokens.get(k).is("this") || tokens.get(k).is("those")) {
            k++;
        } else if (tokens.get(k).is("the") && k + 1 < tokens.size() && tokens.get(k + 1).is("same")) {
            k += 2;
        } else {
            return false;
        }
        return k < tokens.size() && PERIOD_NOUNS.contains(tokens.get(k).lower());
    }

    private static final Set<String> LONG_SPANS = Set.of("year", "years", "month", "months", "decade", "decades");

    /**
     * "Nineteen people were killed in a similar attack about a year ago": the writer recalls another, earlier event as
     * background, not the source before going on with its account.
     */
    private static boolean anEarlierEvent(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is("ago") && k > 0 && LONG_SPANS.contains(tokens.get(k - 1).lower())) {
                return true;
            }
            if (t.is("similar")) {
                for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
                    if (EVENT_NOUNS.contains(tokens.get(j).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Nouns for the event an account told: "The attack", "The strike". */
    private static final Set<String> EVENT_NOUNS = Set.of("attack", "strike", "airstrike", "bombing", "shelling", "raid",
            "assault", "blast", "explosion", "ambush", "massacre", "incident", "fighting", "clash", "battle", "firefight",
            "gunfight", "encounter", "shootout");

    /**
     * "The attack resulted in four deaths": a sentence opening on the event the sentence before told goes on with the
     * account of whoever told it, even in a new paragraph.
     */
    private static boolean opensWithTheEventBefore(List<Token> tokens) {
        if (tokens.size() < 5) {
            return false;
        }
        String noun = tokens.get(1).lower();
        boolean plural = noun.endsWith("s") && EVENT_NOUNS.contains(noun.substring(0, noun.length() - 1));
        // "The attack killed", "These strikes have resulted in": the events the sentence before told of
        if (!((tokens.get(0).is("the") || tokens.get(0).is("this")) && EVENT_NOUNS.contains(noun)
                || (tokens.get(0).is("these") || tokens.get(0).is("those") || tokens.get(0).is("the")) && plural)) {
            return false;
        }
        int verb = 2;
        while (verb < 4 && (tokens.get(verb).is("also") || tokens.get(verb).is("have") || tokens.get(verb).is("has")
                || tokens.get(verb).is("had"))) {
            verb++;
        }
        return EVENT_OUTCOMES.contains(tokens.get(verb).lower()); // not "The attack comes a week after another strike"
    }

    /** Verbs that tell what the event did to people: "The attack killed", "resulted in", "left". */
    private static final Set<String> EVENT_OUTCOMES = Set.of("resulted", "left", "killed", "claimed", "caused", "wounded",
            "injured", "took", "leaves", "kills", "injures");


    /** "is said to", "are thought to", "were believed to": a passive that names no source on purpose. */
    private static boolean agentless(List<Token> tokens) {
        for (int k = 0; k + 2 < tokens.size(); k++) {
            String w = tokens.get(k).lower();
            String next = tokens.get(k + 1).lower();
            if ((w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("be") || w.equals("been"))
                    && (next.equals("said") || next.equals("thought") || next.equals("believed") || next.equals("feared")
                            || next.equals("estimated") || next.equals("presumed"))
                    && tokens.get(k + 2).is("to")) {
                return true;
            }
        }
        return false;
    }

    /** "The casualties were confirmed ...", "The deaths were reported ...": the people just counted, as its subject. */
    private static boolean namesTheCountedAgain(List<Token> tokens) {
        return tokens.size() > 3 && (tokens.get(0).is("the") || tokens.get(0).is("these") || tokens.get(0).is("those"))
                && VICTIM_NOUNS.contains(tokens.get(1).lower()) && (tokens.get(2).is("were") || tokens.get(2).is("have"));
    }

    private static boolean commaBefore(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k - 1).isPunct(',');
    }

    /** "The figures were published by X", "That is according to X": a sentence about where numbers come from. */
    private static boolean speaksOfFigures(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (Lexicon.STATEMENT_NOUNS.contains(t.lower()) || t.is("according") || t.is("that") && k == 0 || t.is("this") && k == 0) {
                return true;
            }
            if (k > 0 && (t.is("this") || t.is("it")) && Lexicon.SPEECH_VERBS.contains(tokens.get(k - 1).lower())
                    && (k + 1 == tokens.size() || !tokens.get(k + 1).isWord() || tokens.get(k + 1).is("on") || tokens.get(k + 1).is("in"))) {
                return true; // "X announced this on October 6": what the sentence before told
            }
        }
        return false;
    }
}
