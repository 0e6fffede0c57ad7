package org.claimgraph.claims.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimgraph.claims.claim.CasualtyCategory;
import org.claimgraph.claims.claim.Population;
import org.claimgraph.claims.claim.Qualifier;
import org.claimgraph.claims.claim.RatePer;
import org.claimgraph.claims.extraction.Attributions.Cue;
import org.claimgraph.claims.extraction.ExtractedClaim.Attribution;
import org.claimgraph.claims.extraction.Figures.Figure;
import org.claimgraph.common.graphql.DatePrecision;

/**
 * Reads the casualty claims of an article with deterministic rules: sentences, figures with their qualifiers, what
 * each figure counts and whose losses, who says it, and when. Pure Java and thread-safe; one instance serves all.
 *
 * <p>Each figure is read in its own stretch of the sentence: from the end of the previous figure to the start of the
 * next. What a figure counts is looked for after it first ("55,000 soldiers have been killed"), then before it within
 * its clause ("the deaths of up to 13,000"), then from a figure joined to it by "and" ("700,000 Ukrainian soldiers and
 * at least 800,000 Russian troops have died"). A figure that counts nothing we know is not a claim.
 */
public final class ClaimExtractor {

    /** Names the rules in {@code Claim.extractor}; raise it when the rules change what they read. */
    public static final String VERSION = "rules/1";

    private static final double STATED = 0.95;

    /** Extracts the claims of {@code text}; {@code publishedOn} (nullable) resolves "last month" and yearless dates. */
    public List<ExtractedClaim> extract(String text, LocalDate publishedOn) {
        List<int[]> spans = Sentences.split(text);
        List<List<Token>> sentences = new ArrayList<>(spans.size());
        List<List<Cue>> cuesBySentence = new ArrayList<>(spans.size());
        List<List<Figure>> figuresBySentence = new ArrayList<>(spans.size());
        ClaimantNames names = new ClaimantNames(text);
        Map<String, Integer> sideMentions = new HashMap<>();
        for (int[] span : spans) {
            List<Token> tokens = Tokenizer.tokenize(text, span[0], span[1]);
            names.at(sentences.size());
            sentences.add(tokens);
            cuesBySentence.add(Attributions.find(tokens));
            figuresBySentence.add(Figures.find(tokens));
            names.learn(tokens);
            for (int k = 0; k < tokens.size(); k++) {
                Gazetteer.Place place = Gazetteer.at(tokens, k);
                if (place != null && !attacker(tokens, place)) {
                    sideMentions.merge(place.side(), victimWeight(tokens, place), Integer::sum);
                }
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            names.at(s);
            for (Cue cue : cuesBySentence.get(s)) {
                if (cue.named() && !Lexicon.PRONOUNS.contains(sentences.get(s).get(cue.nameStart()).lower())) {
                    names.named(sentences.get(s), cue.nameStart(), cue.nameEnd());
                }
            }
        }
        List<String> belligerents = sideMentions.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(2).map(Map.Entry::getKey).sorted().toList();
        String mostWrittenAbout = sideMentions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        LocalDate warStart = mostWrittenAbout == null ? null : Gazetteer.warStart(mostWrittenAbout);

        Speakers speakers = new Speakers();
        List<ExtractedClaim> claims = new ArrayList<>();
        String previousSubject = null;
        String previousSentenceClaimant = null;
        boolean announced = false;
        String quoting = null;
        int quotedSentences = 0;
        boolean previousMilitary = false;
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            int[] span = spans.get(s);
            names.at(s);
            List<Cue> cues = cuesBySentence.get(s);
            List<Figure> figures = figuresBySentence.get(s);
            boolean militaryContext = previousMilitary || mentionsOutside(tokens, cues, Lexicon.MILITARY_CONTEXT);
            String sentenceClaimant = null;
            if (!figures.isEmpty()) {
                boolean[] masked = new boolean[tokens.size()];
                for (Cue cue : cues) {
                    for (int k = cue.nameStart(); k < cue.nameEnd(); k++) {
                        masked[k] = true;
                    }
                }
                figures = countsOfPeopleOrUnknown(tokens, figures);
                Reading[] readings = new Reading[figures.size()];
                for (int f = 0; f < figures.size(); f++) {
                    int lowerBound = f == 0 ? 0 : figures.get(f - 1).end();
                    int upperBound = f + 1 < figures.size() ? figures.get(f + 1).start() : tokens.size();
                    readings[f] = read(text, tokens, figures.get(f), lowerBound, upperBound, masked, publishedOn, warStart);
                }
                shareAcrossCoordinatedFigures(tokens, figures, readings);
                for (int f = 0; f < figures.size(); f++) {
                    Reading r = readings[f];
                    if (r == null || r.category == null) {
                        continue;
                    }
                    Figure figure = figures.get(f);
                    double confidence = r.confidence;
                    // less evidence, less confidence: a side read away from the figure, sentences crowded with figures
                    // or with several sources
                    confidence -= r.subjectFarBefore ? 0.1 : 0;
                    confidence -= figures.size() >= 3 ? 0.05 : 0;
                    confidence -= distinctSources(cues, tokens) >= 2 ? 0.1 : 0;
                    String speakerSide;
                    List<String> subjects;
                    Speaker speaker = speakers.forFigure(cues, figure.start(), tokens, names);
                    String ownSide = speakerSide(cues, figure.start(), tokens);
                    if (ownSide == null && speaker != null) {
                        ownSide = sideOfName(speaker.name); // "it said" standing for "the Russian military"
                    }
                    boolean enemy = r.enemy && !(speaker != null && speaksForThem(speaker.name, tokens, figure.end(), r.nounPhraseEnd));
                    if (enemy && r.subject != null && !r.subject.equals(ownSide) && r.enemyOfTheWar) {
                        subjects = List.of(r.subject); // "killed 22,000 combatants in Gaza"
                    } else if (enemy) {
                        // "the enemy lost 2,975": the other side of the war; "the army killed 203 militants": armed
                        // men we cannot place on a side, so no claim on anyone's losses
                        String other = r.enemyOfTheWar ? other(belligerents, ownSide) : null;
                        subjects = other == null ? List.of() : List.of(other);
                        confidence -= 0.15;
                    } else if (r.eachSide) {
                        subjects = belligerents.size() == 2 ? belligerents : List.of();
                    } else if (r.subject != null && r.subjectIsPlace && r.category == CasualtyCategory.CAPTURED
                            && other(belligerents, r.subject) != null) {
                        subjects = List.of(other(belligerents, r.subject)); // "120 hostages held in Gaza" are Israel's
                        confidence -= 0.15;
                    } else if (r.subject != null && r.subjectIsPlace && ownSide != null && !ownSide.equals(r.subject)
                            && (r.population == Population.MILITARY || militaryContext && r.population == null)) {
                        subjects = List.of(ownSide); // "the Israeli military said two soldiers were killed in Gaza"
                        confidence -= 0.1;
                    } else if (r.subject != null) {
                        subjects = List.of(r.subject);
                    } else if (r.category != CasualtyCategory.CAPTURED && r.population != Population.MILITARY
                            && (speakerSide = sideIn(tokens, figure.end(), clauseEnd(tokens, figure.end()), masked)) != null) {
                        subjects = List.of(speakerSide); // "seven people were killed in attacks on the city of Khan Younis"
                        confidence -= 0.1;
                    } else if ((speakerSide = speakerSide(cues, figure.start(), tokens)) != null
                            && (r.population == Population.MILITARY || militaryContext || mostWrittenAbout == null
                                    || r.category == CasualtyCategory.CAPTURED)) {
                        // "Moscow says 6,000 of its soldiers have died": a claimant's unqualified figure of soldiers is
                        // its own side's; civilians a third party counts are the article's
                        subjects = List.of(speakerSide);
                        confidence -= 0.15;
                    } else if (previousSubject != null) {
                        subjects = List.of(previousSubject);
                        confidence -= 0.2;
                    } else if ((speakerSide = sideIn(tokens, figure.end(), tokens.size(), masked)) != null) {
                        subjects = List.of(speakerSide); // "700 people were killed after clashes in El Geneina"
                        confidence -= 0.2;
                    } else if (mostWrittenAbout != null) {
                        subjects = List.of(mostWrittenAbout);
                        confidence -= 0.25;
                    } else {
                        subjects = List.of();
                    }
                    Population population = r.population;
                    if (population == null) {
                        // "casualties", "missing" and "prisoners" are the words of armies; a death toll counts everyone
                        boolean military = militaryContext && !r.tollOfAll || r.eachSide || r.category == CasualtyCategory.CASUALTIES
                                || r.category == CasualtyCategory.MISSING || r.category == CasualtyCategory.CAPTURED;
                        population = military ? Population.MILITARY : Population.ALL;
                        confidence -= 0.05;
                    }
                    for (String subject : subjects) {
                        Integer low = toInt(figure.low());
                        Integer best = toInt(figure.best());
                        Integer high = toInt(figure.high());
                        if (figure.low() != null && low == null || figure.high() != null && high == null) {
                            continue; // beyond any plausible count
                        }
                        claims.add(new ExtractedClaim(speaker == null ? null : speaker.name,
                                speaker == null ? Attribution.UNATTRIBUTED : speaker.how, subject, population, r.category,
                                low, best, high, figure.qualifier(), r.ratePer, r.periodStart == null ? null : r.periodStart.date(),
                                r.periodStart == null ? null : r.periodStart.precision(), r.asOf == null ? null : r.asOf.date(),
                                r.asOf == null ? null : r.asOf.precision(), text.substring(span[0], span[1]), span[0], span[1],
                                text.substring(tokens.get(figure.start()).start(), tokens.get(figure.end() - 1).end()),
                                clamp(confidence - (speaker == null ? 0.3 : speaker.penalty + vagueness(speaker.name))),
                                r.subgroup, r.scope));
                        previousSubject = subject;
                    }
                    if (speaker != null) {
                        sentenceClaimant = speaker.name;
                    }
                }
            }
            // who spoke last, for pronouns and for sentences that go on without naming anyone
            for (Cue cue : cues) {
                if (cue.named()) {
                    speakers.heard(cue, tokens, names);
                }
            }
            claims = attributeUnattributed(claims, s, spans, sentences, cuesBySentence, figuresBySentence,
                    previousSentenceClaimant, announced, names);
            String named = sentenceClaimant != null ? sentenceClaimant : lastNamed(cues, tokens, names, speakers);
            boolean paragraphEnds = s + 1 < spans.size() && text.substring(span[1], spans.get(s + 1)[0]).indexOf('\n') >= 0;
            boolean figuresClaimed = false;
            for (ExtractedClaim claim : claims) {
                figuresClaimed |= claim.spanStart() == span[0];
            }
            if (named != null && !tokens.isEmpty() && tokens.get(tokens.size() - 1).isPunct(':')
                    && cues.stream().anyMatch(c -> c.named() && c.position() >= tokens.size() - 4)) {
                quoting = named; // "The Ministry wrote:" and the paragraphs it quotes
                quotedSentences = 8;
            } else if (named != null && sentenceClaimant == null && lastNamed(cues, tokens, names, speakers) != null) {
                quoting = null;
            }
            // a source that announces figures without giving them ("X reported that casualties reached record levels")
            // gives them in the next sentence; a source named once carries through its paragraph ("So...", "Overall...")
            announced = named != null && !figuresClaimed && mentionsCasualties(tokens) || quoting != null && quotedSentences-- > 0;
            previousSentenceClaimant = quoting != null && quotedSentences >= 0 ? quoting
                    : named != null ? named : paragraphEnds ? null : previousSentenceClaimant;
            previousMilitary = mentions(tokens, Lexicon.MILITARY_CONTEXT);
        }
        return Confidence.calibrated(deduplicate(headlineFromBody(text, claims)));
    }

    /**
     * A headline repeats the body's figure, often without its source or with a shorter name ("Ukraine lost nearly 3,000
     * soldiers", "..., Lebanese minister says"): a headline claim the body states again is one statement, kept as the
     * body states it.
     */
    private static List<ExtractedClaim> headlineFromBody(String text, List<ExtractedClaim> claims) {
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0 || lineEnd > 300) {
            return claims;
        }
        List<ExtractedClaim> result = new ArrayList<>(claims.size());
        for (ExtractedClaim claim : claims) {
            boolean repeated = false;
            if (claim.spanStart() < lineEnd) {
                for (ExtractedClaim body : claims) {
                    if (body.spanStart() > lineEnd && java.util.Objects.equals(body.subject(), claim.subject())
                            && body.category() == claim.category() && sameFigure(body, claim)
                            && (body.claimant() != null || claim.claimant() == null)) {
                        repeated = true; // the body says it again, with its source: one statement, kept as the body has it
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

    /** "two to three civilians were killed for every terrorist": a ratio, not a count. */
    private static boolean ratio(List<Token> tokens, int from) {
        for (int k = from; k + 1 < Math.min(tokens.size(), from + 8); k++) {
            if (tokens.get(k).is("for") && tokens.get(k + 1).is("every")) {
                return true;
            }
            if (tokens.get(k).isPunct(',') || tokens.get(k).isPunct('.')) {
                return false;
            }
        }
        return false;
    }

    /** The same number, whatever the qualifier: "nearly 3,000" and "3,000", "over 5,000" and "more than 5,000". */
    private static boolean sameFigure(ExtractedClaim a, ExtractedClaim b) {
        Integer x = a.best() != null ? a.best() : a.low() != null ? a.low() : a.high();
        Integer y = b.best() != null ? b.best() : b.low() != null ? b.low() : b.high();
        return x != null && x.equals(y);
    }

    /** Drops figures of things ("two days", "six areas"): they neither make claims nor end a neighbour's stretch. */
    private static List<Figure> countsOfPeopleOrUnknown(List<Token> tokens, List<Figure> figures) {
        List<Figure> kept = new ArrayList<>(figures.size());
        for (Figure figure : figures) {
            if (ratio(tokens, figure.end())) {
                continue;
            }
            int next = figure.end();
            while (next < tokens.size() && next - figure.end() < 4 && tokens.get(next).isPunct('-')) {
                next++;
            }
            while (next < tokens.size() && next - figure.end() < 6 && (tokens.get(next).isWord() || tokens.get(next).isPunct('-'))
                    && !Lexicon.NOT_PEOPLE.contains(tokens.get(next).lower()) && !Lexicon.CATEGORY_WORDS.containsKey(tokens.get(next).lower())
                    && (tokens.get(next).isPunct('-') || next + 1 < tokens.size() && tokens.get(next + 1).isPunct('-')
                            || next > 0 && tokens.get(next - 1).isPunct('-') && next + 1 < tokens.size() && tokens.get(next + 1).isWord()
                            || Lexicon.NAME_MODIFIERS.contains(tokens.get(next).lower()) || Gazetteer.side(tokens.get(next).lower()) != null)) {
                next++;
            }
            if (!(next < tokens.size() && Lexicon.NOT_PEOPLE.contains(tokens.get(next).lower()))) {
                kept.add(figure);
            }
        }
        return kept;
    }

    /** What the rules read around one figure. */
    private static final class Reading {
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
    }

    /** Verbs of what else befalls people, which are not casualties. */
    private static final Set<String> OTHER_FATES = Set.of("displaced", "displacing", "evacuated", "rescued", "fled",
            "sheltered", "housed", "fed", "uprooted", "forced", "relocated", "vaccinated", "employed", "hosting", "hosts",
            "registered", "resettled", "returned");

    private static final Set<String> DEATH_NOUNS = Set.of("deaths", "death", "bodies", "body", "remains", "killing",
            "killings", "murder", "murders", "massacre");

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "at", "to", "reached", "reaches",
            "stands", "stood", "hit", "hits", "totals", "totalled", "totaled");

    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "be", "been", "being", "got");

    private static final Set<String> LOCATIVES = Set.of("in", "on", "at", "near", "across", "from", "inside", "into");

    private static final Set<String> ENEMY_WORDS = Set.of("militants", "terrorists", "jihadists", "insurgents", "rebels",
            "gunmen", "attackers", "enemy", "enemy's", "assailants", "extremists", "bandits", "infiltrators");

    /** "Rebel spokesman said five rebels were slain": the speaker is one of those counted, not their enemy. */
    private static boolean speaksForThem(String speaker, List<Token> tokens, int from, int to) {
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

    private static boolean enemyWords(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from - 3); k < Math.min(tokens.size(), to + 1); k++) {
            if (ENEMY_WORDS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static Reading read(String text, List<Token> tokens, Figure figure, int lowerBound, int upperBound, boolean[] masked,
            LocalDate publishedOn, LocalDate warStart) {
        Reading r = new Reading();
        int size = tokens.size();
        // the noun phrase after the figure: "Ukrainian soldiers", "total military casualties in Ukraine"
        int np = figure.end();
        while (np < upperBound && np - figure.end() < 5 && tokens.get(np).isWord()
                && !Lexicon.CATEGORY_WORDS.containsKey(tokens.get(np).lower()) && !Lexicon.AUXILIARIES.contains(tokens.get(np).lower())
                && !Lexicon.CLAUSE_WORDS.contains(tokens.get(np).lower()) && !tokens.get(np).is("in")) {
            if (Lexicon.NOT_PEOPLE.contains(tokens.get(np).lower())) {
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
        while (j < upperBound && j - figure.end() < 14) {
            Token t = tokens.get(j);
            if (t.kind() == Token.Kind.PUNCT && ".;:!?()—–".indexOf(t.text().charAt(0)) >= 0) {
                break;
            }
            if (t.isPunct(',') && !found && j + 1 < upperBound && (tokens.get(j + 1).is("including") || tokens.get(j + 1).is("among")
                    || tokens.get(j + 1).is("mostly") || tokens.get(j + 1).is("mainly") || tokens.get(j + 1).is("many"))) {
                // "Twenty-six people, including women and children, were killed": read on past the aside
                int close = j + 1;
                while (close < upperBound && close - j < 12 && !tokens.get(close).isPunct(',')) {
                    close++;
                }
                if (close < upperBound && tokens.get(close).isPunct(',')) {
                    j = close + 1;
                    continue;
                }
            }
            if (t.isPunct(',') && !found && insideAside && !closedAside) {
                closedAside = true; // "100 people, including 20 children, are feared dead": read on past the aside's end
                j++;
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
        if (verbBefore != null && !categories.contains(verbBefore)) {
            categories.clear();
            categories.add(verbBefore);
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
                    // "lost (killed and wounded)", "killed or injured": the words joined to it count too
                    for (int m = k - 1; m >= clauseStart; m--) {
                        Token joined = tokens.get(m);
                        CasualtyCategory more = joined.isWord() ? categoryAt(tokens, m) : null;
                        if (more != null) {
                            categories.add(more);
                        } else if (!(joined.is("and") || joined.is("or") || joined.isPunct('(') || joined.isPunct(')'))) {
                            break;
                        }
                    }
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
        for (int k = Math.max(0, figure.start() - 6); k < figure.start(); k++) {
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
        r.subject = sideIn(tokens, figure.end(), np, masked);
        for (int k = np; r.subject == null && k < Math.min(Math.max(np, r.categoryEnd) + 3, upperBound - 1); k++) {
            if (tokens.get(k).is("and") || tokens.get(k).isPunct(',')) {
                break; // "70,000 and the number of Russian soldiers": the next clause's side
            }
            if (tokens.get(k).is("in") || tokens.get(k).is("among") || tokens.get(k).is("of")) {
                r.subject = sideIn(tokens, k + 1, Math.min(k + 3, upperBound), masked);
                r.subjectIsPlace = r.subject != null && tokens.get(k).is("in") && !Gazetteer.demonym(tokens.get(k + 1).lower());
                break;
            }
        }
        r.enemy = enemyWords(tokens, figure.start(), np);
        if (killedBySpeaker(tokens, figure.start())) {
            r.enemy = true; // "the IDF said they had killed 22,000 combatants": the speaker's enemy's losses
            r.enemyOfTheWar = true;
        }
        r.enemyOfTheWar = r.enemyOfTheWar || r.enemy && (mentionsWord(tokens, figure.start() - 3, np + 1, "enemy") || mentionsWord(tokens, figure.start() - 3, np + 1, "enemy's"));
        if (np < size && tokens.get(np).is("each") || np > figure.end() && tokens.get(np - 1).is("each")
                || r.categoryEnd > 0 && r.categoryEnd < size && tokens.get(r.categoryEnd).is("each")) {
            r.eachSide = true; // "1,000 prisoners each"
        }
        for (int k = Math.max(lowerBound, figure.start() - 4); k < Math.min(upperBound, np + 6) && k + 1 < size; k++) {
            if ((tokens.get(k).is("each") || tokens.get(k).is("both") || tokens.get(k).is("either"))
                    && (tokens.get(k + 1).is("side") || tokens.get(k + 1).is("sides"))) {
                r.eachSide = true;
            }
        }
        if (r.subject == null) {
            int parentheses = 0;
            for (int k = figure.start() - 1; k >= lowerBound && r.subject == null; k--) {
                parentheses += tokens.get(k).isPunct(')') ? 1 : tokens.get(k).isPunct('(') ? -1 : 0;
                if (!masked[k] && parentheses <= 0) {
                    r.subject = sideAt(tokens, k);
                    r.subjectIsPlace = r.subject != null && k > 0 && LOCATIVES.contains(tokens.get(k - 1).lower());
                    r.subjectFarBefore = r.subject != null && figure.start() - k > 3;
                }
            }
        }

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

        // when: "since February 24, 2022", "between February 2022 and December 2025", "as of", "February 2025 statement"
        readDates(tokens, figure, lowerBound, upperBound, publishedOn, warStart, r);
        r.scope = Scopes.scope(text, tokens, Math.max(lowerBound, clauseStart), upperBound);
        return r;
    }

    private static void readDates(List<Token> tokens, Figure figure, int lowerBound, int upperBound, LocalDate publishedOn,
            LocalDate warStart, Reading r) {
        for (int k = lowerBound; k < upperBound; k++) {
            if (k >= figure.start() && k < figure.end()) {
                continue;
            }
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            String w = t.lower();
            if (w.equals("since") && r.periodStart == null) {
                Dates.Date date = firstDate(tokens, k + 1, Math.min(upperBound, k + 12), publishedOn);
                if (date != null) {
                    r.periodStart = date;
                    k = date.end() - 1;
                } else if (warStart != null && warBeganWithin(tokens, k + 1, Math.min(upperBound, k + 8))) {
                    r.periodStart = new Dates.Date(warStart, DatePrecision.DAY, k, k + 1);
                }
            } else if ((w.equals("between") || w.equals("from")) && k + 1 < upperBound) {
                Dates.Date first = Dates.at(tokens, k + 1, publishedOn);
                if (first != null && first.end() + 1 < upperBound && (tokens.get(first.end()).is("and")
                        || tokens.get(first.end()).is("to") || tokens.get(first.end()).is("until") || tokens.get(first.end()).is("through"))) {
                    Dates.Date second = Dates.at(tokens, first.end() + 1, publishedOn);
                    if (second != null && !second.date().isBefore(first.date())) {
                        r.periodStart = first;
                        r.asOf = second;
                        k = second.end() - 1;
                    }
                }
            } else if ((w.equals("as") && k + 1 < upperBound && (tokens.get(k + 1).is("of") || tokens.get(k + 1).is("at"))
                    || w.equals("by") || w.equals("until") || w.equals("through")) && r.asOf == null) {
                int at = w.equals("as") ? k + 2 : k + 1;
                Dates.Date date = at < upperBound ? Dates.at(tokens, at, publishedOn) : null;
                if (date != null) {
                    r.asOf = date;
                }
            } else if (r.asOf == null && (k < figure.start() || k > 0 && (tokens.get(k - 1).is("in") || tokens.get(k - 1).is("on")))) {
                // "in February 2024", "a January 2025 report", "last month": when the figure was given
                Dates.Date date = Dates.at(tokens, k, publishedOn);
                if (date != null && (date.end() <= figure.start() || k >= figure.end()) && (k > 0 && tokens.get(k - 1).is("in")
                        || date.end() < tokens.size() && Lexicon.STATEMENT_NOUNS.contains(tokens.get(date.end()).lower())
                        || date.precision() != DatePrecision.YEAR && !t.isNumber())) {
                    r.asOf = date;
                    k = date.end() - 1;
                }
            }
        }
        if (r.periodStart != null && r.asOf != null && r.periodStart.date().isAfter(r.asOf.date())) {
            r.asOf = null;
        }
    }

    private static Dates.Date firstDate(List<Token> tokens, int from, int to, LocalDate publishedOn) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isPunct(',') && k + 1 < to && !tokens.get(k + 1).isNumber()) {
                return null;
            }
            Dates.Date date = Dates.at(tokens, k, publishedOn);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** "since the war with Russia began", "since Russia's full-scale invasion began", "since the start of the war". */
    private static boolean warBeganWithin(List<Token> tokens, int from, int to) {
        boolean war = false;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (tokens.get(k).isPunct(',')) {
                return false;
            }
            if (Lexicon.WAR_WORDS.contains(w)) {
                war = true;
                if (k + 1 < tokens.size() && (tokens.get(k + 1).is("began") || tokens.get(k + 1).is("started")
                        || tokens.get(k + 1).is("start") || tokens.get(k + 1).is("broke"))) {
                    return true;
                }
            }
            if ((w.equals("began") || w.equals("started")) && war) {
                return true;
            }
            if ((w.equals("start") || w.equals("beginning") || w.equals("outbreak")) && k + 3 < tokens.size()) {
                for (int m = k + 1; m < Math.min(to + 2, tokens.size()); m++) {
                    if (Lexicon.WAR_WORDS.contains(tokens.get(m).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Figures joined by "and" or a comma share what only one of them says: "100,000 soldiers and 30,000 civilians". */
    private static void shareAcrossCoordinatedFigures(List<Token> tokens, List<Figure> figures, Reading[] readings) {
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
            if (readings[f].category == null) {
                Reading next = f + 1 < figures.size() && coordinated(tokens, readings[f].nounPhraseEnd, figures.get(f + 1).start())
                        ? readings[f + 1] : null;
                Reading previous = f > 0 && readings[f - 1] != null
                        && coordinated(tokens, readings[f - 1].nounPhraseEnd, figures.get(f).start()) ? readings[f - 1] : null;
                Reading from = next != null && next.category != null ? next : previous;
                if ((from == null || from.category == null) && f > 0 && (partOf(tokens, figures.get(f).start())
                        || ofThem(tokens, figures.get(f).end()))) {
                    // "4,641 of the deaths were officers, including nine generals": a part of what came before
                    for (int g = f - 1; g >= 0 && (from == null || from.category == null); g--) {
                        from = readings[g];
                    }
                }
                if ((from == null || from.category == null) && f > 0 && readings[f - 1] != null
                        && gapped(tokens, readings[f - 1].nounPhraseEnd, figures.get(f).start())) {
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
        for (int f = 1; f < figures.size(); f++) {
            Reading r = readings[f];
            Reading previous = readings[f - 1];
            if (r == null || previous == null) {
                continue;
            }
            if (r.subject == null && !r.eachSide) {
                r.subject = previous.subject;
                r.eachSide = previous.eachSide;
            }
            if (r.population == null) {
                r.population = previous.population;
            }
            if (r.periodStart == null && r.asOf == null) {
                r.periodStart = previous.periodStart;
                r.asOf = previous.asOf;
            }
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

    /** Where the clause a figure stands in ends: the next comma, semicolon or dash. */
    private static int clauseEnd(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct('—') || t.isPunct('–') || t.isPunct('.')) {
                return k;
            }
        }
        return tokens.size();
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
                    || (t.is("were") || t.is("are")) && k + 1 < to && tokens.get(k + 1).is("among")
                    || t.isPunct('-') || t.isPunct('(') || t.isPunct(':'))) {
                return false;
            }
        }
        return true;
    }

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

    private static String sideIn(List<Token> tokens, int from, int to, boolean[] masked) {
        for (int k = from; k < to && k < tokens.size(); k++) {
            String side = masked[k] ? null : sideAt(tokens, k);
            if (side != null) {
                return side;
            }
        }
        return null;
    }

    private static String sideAt(List<Token> tokens, int k) {
        Gazetteer.Place place = Gazetteer.at(tokens, k);
        if (place != null && dateline(tokens, place)) {
            return null; // "ISLAMABAD/NEW DELHI -" says where the story was filed, not whose losses
        }
        if (place != null && place.end() + 1 < tokens.size() && tokens.get(place.end()).isPunct('-')
                && tokens.get(place.end() + 1).is("based")) {
            return null; // "the Britain-based watchdog": where it works, not whom it speaks for
        }
        return place == null || attacker(tokens, place) ? null : place.side();
    }

    private static boolean dateline(List<Token> tokens, Gazetteer.Place place) {
        int letters = 0;
        for (int k = place.start(); k < place.end(); k++) {
            if (!tokens.get(k).allCaps() && tokens.get(k).isWord()) {
                return false;
            }
            letters += tokens.get(k).text().length();
        }
        return letters >= 5;
    }

    /**
     * How much a mention says the article counts this side's losses: "Ukrainian civilians", "killed in Ukraine" say
     * it twice over; "Russian forces" say it least (forces are more often who strikes than who is counted).
     */
    private static int victimWeight(List<Token> tokens, Gazetteer.Place place) {
        int after = place.end();
        String next = after < tokens.size() ? tokens.get(after).lower() : "";
        String before = place.start() > 0 ? tokens.get(place.start() - 1).lower() : "";
        if (Lexicon.CIVILIAN_WORDS.contains(next) || Lexicon.EVERYONE_WORDS.contains(next) || Lexicon.CATEGORY_WORDS.containsKey(next)
                || before.equals("in") || before.equals("of")) {
            return 4;
        }
        if (next.equals("forces") || next.equals("army") || next.equals("military") || next.equals("armed") || next.equals("troops")) {
            return 1;
        }
        return 2;
    }

    private static boolean locatedIn(List<Token> tokens, Gazetteer.Place place) {
        int before = place.start() - 1;
        if (before >= 0 && tokens.get(before).is("the")) {
            before--;
        }
        return before >= 0 && LOCATIVES.contains(tokens.get(before).lower());
    }

    /** Words for what one side does to another: "an Israeli strike", "Russian shelling", "Saudi-led coalition". */
    private static final Set<String> ATTACKS = Set.of("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks",
            "shelling", "bombardment", "bombing", "bombings", "raid", "raids", "offensive", "invasion", "missile", "missiles",
            "drone", "drones", "fire", "jets", "warplanes", "aggression", "assault", "led", "backed", "occupation", "bombs",
            "artillery", "army's", "operation", "operations", "campaign", "onslaught", "incursion", "attacked", "struck",
            "bombed", "shelled", "targeted", "launched", "fired", "raided", "stormed");

    /**
     * A side named as who strikes, not who suffers: "an Israeli strike", "an invasion by the Russian Federation",
     * "clashes with Lebanon", "the border with Lebanon".
     */
    private static boolean attacker(List<Token> tokens, Gazetteer.Place place) {
        int before = place.start() - 1;
        if (before >= 0 && (tokens.get(before).is("the") || tokens.get(before).is("a") || tokens.get(before).is("an"))) {
            before--;
        }
        if (before >= 0 && (tokens.get(before).is("by") || tokens.get(before).is("with") || tokens.get(before).is("against"))) {
            return true;
        }
        int after = place.end();
        if (after < tokens.size() && tokens.get(after).isPunct('-')) {
            after++;
        }
        if (after < tokens.size() && ATTACKS.contains(tokens.get(after).lower())
                || after + 1 < tokens.size() && tokens.get(after).isWord() && ATTACKS.contains(tokens.get(after + 1).lower())) {
            return true; // "an Israeli strike", "an Israeli air strike", "a Russian missile attack"
        }
        if (after + 1 < tokens.size() && tokens.get(after).is("'s") && (ATTACKS.contains(tokens.get(after + 1).lower())
                || Lexicon.WAR_WORDS.contains(tokens.get(after + 1).lower()) || after + 2 < tokens.size()
                        && (ATTACKS.contains(tokens.get(after + 2).lower()) || Lexicon.WAR_WORDS.contains(tokens.get(after + 2).lower())))) {
            return true; // "the Russian Federation's war against Ukraine", "Russia's full-scale invasion"
        }
        // the subject of an active killing verb: "the Russian army has already killed 464 children" (not "the fighting
        // in Syria has killed", where the side is a place)
        boolean located = locatedIn(tokens, place);
        for (int k = after; !located && k < Math.min(tokens.size() - 1, after + 4); k++) {
            String w = tokens.get(k).lower();
            if ((w.equals("killed") || w.equals("kills") || w.equals("wounded") || w.equals("injured")) && tokens.get(k + 1).isNumber()
                    || w.equals("killed") && k + 2 < tokens.size() && (tokens.get(k + 1).is("at") && tokens.get(k + 2).is("least")
                            || tokens.get(k + 1).is("more") || tokens.get(k + 1).is("some")
                            || tokens.get(k + 1).is("about") || tokens.get(k + 1).is("nearly") || tokens.get(k + 1).is("around"))) {
                return true;
            }
            if (PASSIVE.contains(w) || !(tokens.get(k).isWord() && (Lexicon.AUXILIARIES.contains(w) || Lexicon.MILITARY_WORDS.contains(w)
                    || w.endsWith("ly") || w.equals("forces")))) {
                break; // "Russian soldiers were killed": a passive names the victims
            }
        }
        return false;
    }

    private static RatePer rateAt(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        RatePer adverb = Lexicon.RATE_ADVERBS.get(t.lower());
        if (adverb != null) {
            return adverb;
        }
        if (k + 1 < tokens.size() && Lexicon.RATE_PREFIXES.contains(t.lower())) {
            RatePer unit = Lexicon.RATE_UNITS.get(tokens.get(k + 1).lower());
            if (unit != null) {
                return unit;
            }
        }
        if ((t.is("past") || t.is("last")) && k + 2 < tokens.size() && tokens.get(k + 1).is("24") && tokens.get(k + 2).is("hours")
                || (t.is("past") || t.is("last")) && k + 1 < tokens.size() && tokens.get(k + 1).is("day")) {
            return RatePer.DAY;
        }
        return null;
    }

    private static int distinctSources(List<Cue> cues, List<Token> tokens) {
        Set<String> names = new java.util.HashSet<>();
        for (Cue cue : cues) {
            if (cue.named()) {
                names.add(tokens.get(cue.nameEnd() - 1).lower());
            }
        }
        return names.size();
    }

    private static String sideOfName(String name) {
        for (String word : Referents.words(name)) {
            String side = Gazetteer.actor(word) ? null : Gazetteer.side(word);
            if (side != null) {
                return side;
            }
        }
        return null;
    }

    /** The belligerent other than {@code side}, when the article is about two. */
    private static String other(List<String> belligerents, String side) {
        if (side == null || belligerents.size() != 2 || !belligerents.contains(side)) {
            return null;
        }
        return belligerents.get(0).equals(side) ? belligerents.get(1) : belligerents.get(0);
    }

    /** The side in the name of whoever speaks nearest before the figure: "Ukrainian officials", "Moscow". */
    private static String speakerSide(List<Cue> cues, int figureStart, List<Token> tokens) {
        Cue nearest = null;
        for (Cue cue : cues) {
            if (cue.named() && (nearest == null || Math.abs(cue.position() - figureStart) < Math.abs(nearest.position() - figureStart))) {
                nearest = cue;
            }
        }
        if (nearest == null) {
            return null;
        }
        for (int k = nearest.nameStart(); k < nearest.nameEnd(); k++) {
            String side = sideAt(tokens, k);
            if (side != null) {
                return side;
            }
        }
        return null;
    }

    private static boolean mentionsCasualties(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.isWord() && Lexicon.CATEGORY_WORDS.containsKey(t.lower()) && !t.is("lives") && !t.is("lost")) {
                return true;
            }
        }
        return false;
    }

    /** Words of the sentence outside the names of who speaks: "the U.S. military says 10 dead" is not about soldiers. */
    private static boolean mentionsOutside(List<Token> tokens, List<Cue> cues, Set<String> words) {
        for (int k = 0; k < tokens.size(); k++) {
            boolean inName = false;
            for (Cue cue : cues) {
                inName |= k >= cue.nameStart() && k < cue.nameEnd();
            }
            if (!inName && tokens.get(k).isWord() && words.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(List<Token> tokens, Set<String> words) {
        for (Token t : tokens) {
            if (t.isWord() && words.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A sentence with figures but nobody named takes the claimant from the next sentence, else from the one before. */
    private static List<ExtractedClaim> attributeUnattributed(List<ExtractedClaim> claims, int sentence, List<int[]> spans,
            List<List<Token>> sentences, List<List<Cue>> cuesBySentence, List<List<Figure>> figuresBySentence,
            String previousSentenceClaimant, boolean announced, ClaimantNames names) {
        int spanStart = spans.get(sentence)[0];
        if (agentless(sentences.get(sentence))) {
            return claims; // "... are thought to have died": the writer marks the figure as nobody's in particular
        }
        boolean any = false;
        for (ExtractedClaim claim : claims) {
            any |= claim.spanStart() == spanStart && claim.claimant() == null;
        }
        if (!any) {
            return claims;
        }
        String following = null;
        if (sentence + 1 < sentences.size()) {
            List<Token> next = sentences.get(sentence + 1);
            if (figuresBySentence.get(sentence + 1).isEmpty() && speaksOfFigures(next)) {
                for (Cue cue : cuesBySentence.get(sentence + 1)) {
                    if (cue.named() && !Lexicon.PRONOUNS.contains(next.get(cue.nameStart()).lower())) {
                        following = names.claimant(next, cue.nameStart(), cue.nameEnd());
                        break;
                    }
                }
            }
        }
        List<ExtractedClaim> result = new ArrayList<>(claims.size());
        for (ExtractedClaim claim : claims) {
            if (claim.spanStart() == spanStart && claim.claimant() == null) {
                if (following != null) {
                    claim = claim.withClaimant(following, Attribution.FOLLOWING_SENTENCE, clamp(claim.confidence() + 0.3 - 0.15));
                } else if (previousSentenceClaimant != null && (announced || goesOn(sentences.get(sentence)))) {
                    claim = claim.withClaimant(previousSentenceClaimant, Attribution.CONTINUED, clamp(claim.confidence() + 0.3 - 0.2));
                }
            }
            result.add(claim);
        }
        return result;
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
    private static boolean goesOn(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        for (int k = 0; k + 1 < Math.min(tokens.size(), 8); k++) {
            if ((tokens.get(k).is("by") || tokens.get(k).is("in")) && (tokens.get(k + 1).is("contrast") || tokens.get(k + 1).is("comparison"))) {
                return true; // "Ukraine, by contrast, has suffered ...": the same source compares
            }
        }
        Token first = tokens.get(0);
        if (first.isNumber() || Figures.isNumberWord(first)) {
            return true; // "Two other bystanders also died": the count goes on
        }
        if (!first.isWord() || !GOING_ON.contains(first.lower())) {
            return false;
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

    /** "is said to", "are thought to", "were believed to": a passive that names no source on purpose. */
    private static boolean agentless(List<Token> tokens) {
        for (int k = 0; k + 2 < tokens.size(); k++) {
            String w = tokens.get(k).lower();
            String next = tokens.get(k + 1).lower();
            if ((w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("be") || w.equals("been"))
                    && (next.equals("said") || next.equals("thought") || next.equals("believed") || next.equals("feared"))
                    && tokens.get(k + 2).is("to")) {
                return true;
            }
        }
        return false;
    }

    /** "The figures were published by X", "That is according to X": a sentence about where numbers come from. */
    private static boolean speaksOfFigures(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (Lexicon.STATEMENT_NOUNS.contains(t.lower()) || t.is("according") || t.is("that") && k == 0 || t.is("this") && k == 0) {
                return true;
            }
        }
        return false;
    }

    private static String lastNamed(List<Cue> cues, List<Token> tokens, ClaimantNames names, Speakers speakers) {
        for (int c = cues.size() - 1; c >= 0; c--) {
            if (cues.get(c).named()) {
                Speaker speaker = speakers.resolve(cues.get(c), tokens, names);
                if (speaker != null) {
                    return speaker.name;
                }
            }
        }
        return null;
    }

    /** Keeps one claim per claimant and figure: a headline and the body saying the same thing are one claim. */
    private static List<ExtractedClaim> deduplicate(List<ExtractedClaim> claims) {
        Map<List<Object>, ExtractedClaim> unique = new LinkedHashMap<>();
        for (ExtractedClaim claim : claims) {
            List<Object> key = java.util.Arrays.asList(claim.claimant() == null ? null : claim.claimant().toLowerCase(java.util.Locale.ROOT),
                    claim.subject(), claim.population(), claim.category(), claim.low(), claim.best(), claim.high(),
                    // "some 31,000" in a caption and "31,000" in the text are one statement
                    claim.qualifier() == Qualifier.APPROXIMATELY && java.util.Objects.equals(claim.low(), claim.high())
                            ? Qualifier.EXACT : claim.qualifier(), claim.ratePer());
            unique.merge(key, claim, (kept, again) -> again.dateDetail() > kept.dateDetail() ? kept.withDates(again) : kept);
        }
        return new ArrayList<>(unique.values());
    }

    /** How little a claimant's name says: a country ("Russia") or a common noun ("sources", "residents") says little. */
    private static double vagueness(String claimant) {
        if (Gazetteer.side(claimant) != null || claimant.equalsIgnoreCase("we") || claimant.equalsIgnoreCase("our")) {
            return 0.15;
        }
        return claimant.equals(claimant.toLowerCase(java.util.Locale.ROOT)) ? 0.15 : 0.0;
    }

    private static Integer toInt(Long value) {
        return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
    }

    private static double clamp(double confidence) {
        return Math.round(Math.max(0.05, Math.min(1.0, confidence)) * 100) / 100.0;
    }

    private record Speaker(String name, Attribution how, double penalty) {
    }

    /** Who spoke last, person and organization apart, so that "he" and "it" find their claimant. */
    private static final class Speakers {
        private String lastPerson;
        private String lastOrganization;
        private String last;

        Speaker forFigure(List<Cue> cues, int figureStart, List<Token> tokens, ClaimantNames names) {
            Cue chosen = null;
            int chosenIndex = -1;
            for (int c = 0; c < cues.size(); c++) {
                if (cues.get(c).position() < figureStart) {
                    chosen = cues.get(c);
                    chosenIndex = c;
                }
            }
            if (chosen != null && chosen.named() && chosenIndex > 0 && !anyCapitalized(tokens, chosen.nameStart(), chosen.nameEnd())) {
                // "X stated that the most recent intelligence indicates ...": the named speaker reports it
                for (int c = chosenIndex - 1; c >= 0; c--) {
                    Cue earlier = cues.get(c);
                    if (earlier.named() && anyCapitalized(tokens, earlier.nameStart(), earlier.nameEnd())) {
                        chosen = earlier;
                        chosenIndex = c;
                        break;
                    }
                }
            }
            if (chosen != null && chosen.participle()) {
                // "..., asserting that": the speaker is the subject of the main clause
                Cue named = null;
                for (int c = chosenIndex - 1; c >= 0; c--) {
                    if (cues.get(c).named()) {
                        named = cues.get(c);
                        break;
                    }
                }
                if (named != null) {
                    chosen = named;
                } else {
                    int[] subject = sentenceSubject(tokens);
                    if (subject != null) {
                        chosen = new Cue(chosen.position(), subject[0], subject[1], false);
                    } else {
                        chosen = null;
                    }
                }
            }
            if (chosen == null) {
                for (Cue cue : cues) {
                    if (cue.named() && cue.position() > figureStart) {
                        chosen = cue; // "..., X said."
                        break;
                    }
                }
            }
            return chosen == null || !chosen.named() ? null : resolve(chosen, tokens, names);
        }

        Speaker resolve(Cue cue, List<Token> tokens, ClaimantNames names) {
            String first = tokens.get(cue.nameStart()).lower();
            if (cue.nameEnd() - cue.nameStart() == 1 && Lexicon.PRONOUNS.contains(first)) {
                int[] subject = sentenceSubject(tokens);
                boolean personal = first.equals("he") || first.equals("she");
                if (subject != null && subject[1] <= cue.nameStart() && (first.equals("it") || first.equals("they")
                        || personal && ClaimantNames.isPerson(String.valueOf(names.claimant(tokens, subject[0], subject[1]))))) {
                    String antecedent = names.claimant(tokens, subject[0], subject[1]);
                    if (antecedent != null) {
                        return new Speaker(antecedent, Attribution.PRONOUN, 0.1);
                    }
                }
                String meant = first.equals("it") ? lastOrganization : first.equals("they") ? last : lastPerson;
                return meant == null ? null : new Speaker(meant, Attribution.PRONOUN, 0.1);
            }
            String name = names.claimant(tokens, cue.nameStart(), cue.nameEnd());
            return name == null ? null : new Speaker(name, Attribution.STATED, 0.0);
        }

        void heard(Cue cue, List<Token> tokens, ClaimantNames names) {
            Speaker speaker = resolve(cue, tokens, names);
            if (speaker == null || speaker.how != Attribution.STATED) {
                return;
            }
            last = speaker.name;
            if (ClaimantNames.isPerson(speaker.name)) {
                lastPerson = speaker.name;
            } else {
                lastOrganization = speaker.name;
            }
        }

        private static boolean anyCapitalized(List<Token> tokens, int start, int end) {
            for (int k = start; k < end; k++) {
                if (tokens.get(k).capitalized() && !(k == 0 && Lexicon.DETERMINERS.contains(tokens.get(k).lower()))) {
                    return true;
                }
            }
            return false;
        }

        /** The noun phrase a sentence opens with, after introductory words: "Meanwhile, former U.S. President Donald Trump". */
        /** Lower-case words that may stand in a subject's name: "The opposition Syrian National Council". */
        private static final Set<String> SUBJECT_MODIFIERS = Set.of("opposition", "rebel", "state", "local", "regional",
                "provincial", "interim", "exiled");

        private static int[] sentenceSubject(List<Token> tokens) {
            int start = 0;
            for (int k = 0; k < Math.min(tokens.size(), 6); k++) {
                if (tokens.get(k).isPunct(',')) {
                    start = k + 1;
                    break;
                }
            }
            int end = start;
            while (end < tokens.size() && !Lexicon.AUXILIARIES.contains(tokens.get(end).lower())
                    && (tokens.get(end).capitalized() || Lexicon.TITLES.contains(tokens.get(end).lower())
                            || Lexicon.DETERMINERS.contains(tokens.get(end).lower()) || SUBJECT_MODIFIERS.contains(tokens.get(end).lower())
                            || Lexicon.ORGANIZATION_WORDS.contains(tokens.get(end).lower()))) {
                end++;
            }
            return end > start && (tokens.get(end - 1).capitalized() || Lexicon.ORGANIZATION_WORDS.contains(tokens.get(end - 1).lower()))
                    ? new int[] { start, end } : null;
        }
    }
}
