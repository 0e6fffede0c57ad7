package org.claimgraph.claims.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimgraph.claims.claim.CasualtyCategory;
import org.claimgraph.claims.claim.Population;
import org.claimgraph.claims.extraction.Attributions.Cue;
import org.claimgraph.claims.extraction.ExtractedClaim.Attribution;
import org.claimgraph.claims.extraction.Figures.Figure;
import org.claimgraph.claims.extraction.Speakers.Speaker;

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

    /** The side of Islamist insurgents an army counts without naming their group. */
    static final String JIHADISTS = "jihadists";

    /** Names the rules in {@code Claim.extractor}; raise it when the rules change what they read. */
    public static final String VERSION = "rules/1";

    /** Extracts the claims of {@code text}; {@code publishedOn} (nullable) resolves "last month" and yearless dates. */
    public List<ExtractedClaim> extract(String text, LocalDate publishedOn) {
        List<int[]> spans = Sentences.split(text);
        List<List<Token>> sentences = new ArrayList<>(spans.size());
        List<List<Cue>> cuesBySentence = new ArrayList<>(spans.size());
        List<List<Figure>> figuresBySentence = new ArrayList<>(spans.size());
        ClaimantNames names = new ClaimantNames(text);
        Map<String, Integer> sideMentions = new HashMap<>();
        Map<String, Integer> attackerMentions = new HashMap<>();
        boolean islamistInsurgency = false;
        for (int[] span : spans) {
            List<Token> tokens = Tokenizer.tokenize(text, span[0], span[1]);
            islamistInsurgency |= mentions(tokens, Lexicon.JIHADIST_SIGNALS);
            names.at(sentences.size());
            sentences.add(tokens);
            cuesBySentence.add(Attributions.find(tokens));
            figuresBySentence.add(Figures.find(tokens));
            names.learn(tokens);
            for (int k = 0; k < tokens.size(); k++) {
                Gazetteer.Place place = Gazetteer.at(tokens, k);
                if (place != null && !Sides.attacker(tokens, place)) {
                    sideMentions.merge(place.side(), Sides.victimWeight(tokens, place), Integer::sum);
                } else if (place != null) {
                    attackerMentions.merge(place.side(), 1, Integer::sum);
                }
            }
        }
        if (sideMentions.isEmpty()) {
            // "Myanmar junta airstrikes killed 16 people" and no other country named: an army striking at home
            sideMentions.putAll(attackerMentions);
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
        // "the army killed 40 terrorists" in Burkina Faso: the country's war is on Islamist insurgents, named or not
        islamistInsurgency |= mostWrittenAbout != null && Lexicon.ISLAMIST_INSURGENCIES.contains(mostWrittenAbout);

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
                for (int k = 0; k < Attributions.headlineTopicEnd(tokens); k++) {
                    masked[k] = true; // "Nagorno-Karabakh: Azerbaijan says one dead": where, not whose
                }
                for (Cue cue : cues) {
                    for (int k = cue.nameStart(); k < witnessesPlaceStart(tokens, cue); k++) {
                        masked[k] = true;
                    }
                }
                figures = countsOfPeopleOrUnknown(tokens, figures);
                Coordination.shareBound(tokens, figures);
                FigureReading[] readings = new FigureReading[figures.size()];
                for (int f = 0; f < figures.size(); f++) {
                    int lowerBound = f == 0 ? 0 : figures.get(f - 1).end();
                    int upperBound = f + 1 < figures.size() ? figures.get(f + 1).start() : tokens.size();
                    readings[f] = FigureReading.read(text, tokens, figures.get(f), lowerBound, upperBound, masked, publishedOn, warStart);
                }
                Coordination.shareAcrossCoordinatedFigures(tokens, figures, readings);
                for (int f = 0; f < figures.size(); f++) {
                    FigureReading r = readings[f];
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
                    String ownSide = Sides.speakerSide(cues, figure.start(), tokens);
                    if (ownSide == null && speaker != null) {
                        ownSide = Sides.sideOfName(speaker.name()); // "it said" standing for "the Russian military"
                    }
                    boolean enemy = r.enemy && !(speaker != null && Enemies.speaksForThem(speaker.name(), tokens, figure.end(), r.nounPhraseEnd));
                    if (r.jihadistGroup && r.population != Population.CIVILIAN) {
                        subjects = List.of(JIHADISTS); // "eight al-Shabaab militants were killed": the movement's fighters
                    } else if (r.foreign && !r.subjectNamedWithThem) {
                        // "12 foreign soldiers and four Afghan soldiers died": the foreign side of the war, if it has one
                        String other = Sides.other(belligerents, mostWrittenAbout);
                        subjects = r.insurgents || Enemies.wordIn(tokens, figure.end(), r.nounPhraseEnd, Lexicon.JIHADIST_WORDS)
                                ? List.of(JIHADISTS) : other == null ? List.of() : List.of(other);
                        confidence -= 0.15;
                    } else if (enemy && r.subject != null && r.enemyOfTheWar && (!r.subject.equals(ownSide) || !r.subjectIsPlace)) {
                        // "killed 22,000 combatants in Gaza"; in a civil war the enemy named is of the speaker's own
                        // country: "the Sudanese army said it killed 300 RSF fighters"
                        subjects = List.of(r.subject);
                    } else if (enemy && r.subjectNamedWithThem) {
                        subjects = List.of(r.subject); // "35,827 Syrian rebels": fighters of a named side
                    } else if (enemy && r.insurgents && (r.subject == null || !r.subjectNamedWithThem) && islamistInsurgency) {
                        // "the army said it killed 203 militants" in a war on Islamist insurgents: theirs, as "jihadists"
                        subjects = List.of(JIHADISTS);
                        confidence -= 0.1;
                    } else if (enemy && (r.subject == null || r.subjectIsPlace) && !r.insurgents && islamistInsurgency
                            && r.population == Population.MILITARY && Sides.other(belligerents, ownSide) == null && mostWrittenAbout != null) {
                        // "we killed 24 soldiers," said the insurgents' spokesman: the soldiers of the country at war
                        subjects = List.of(r.subject != null ? r.subject : mostWrittenAbout);
                        confidence -= 0.15;
                    } else if (enemy && r.rebels && !r.enemyOfTheWar && civilWar(ownSide, mostWrittenAbout)) {
                        // "the army said 200 rebels also died": rebels of a civil war are counted as their country,
                        // as "Syrian rebels" are Syria's
                        subjects = List.of(ownSide != null ? ownSide : mostWrittenAbout);
                        confidence -= 0.15;
                    } else if (enemy) {
                        // "the enemy lost 2,975": the other side of the war; "the army killed 203 militants": armed
                        // men we cannot place on a side, so no claim on anyone's losses
                        String other = r.enemyOfTheWar ? Sides.other(belligerents, ownSide) : null;
                        subjects = other == null ? List.of() : List.of(other);
                        confidence -= 0.15;
                    } else if (r.ownLosses && ownSide != null && (r.subject == null || r.subjectFarBefore) && !r.eachSide) {
                        subjects = List.of(ownSide); // "the ministry said its own losses were 50"
                        confidence -= 0.1;
                    } else if (r.sidesTogether != null || r.bothSidesTogether && belligerents.size() == 2) {
                        // "5,600 people on both sides": one toll of the two sides together
                        subjects = List.of(r.sidesTogether != null ? r.sidesTogether : Subjects.together(belligerents.get(0), belligerents.get(1)));
                    } else if (r.eachSide) {
                        subjects = belligerents.size() == 2 ? belligerents : List.of();
                    } else if (r.subject != null && r.subjectIsPlace && r.category == CasualtyCategory.CAPTURED
                            && Sides.other(belligerents, r.subject) != null) {
                        subjects = List.of(Sides.other(belligerents, r.subject)); // "120 hostages held in Gaza" are Israel's
                        confidence -= 0.15;
                    } else if (r.subject != null && r.subjectIsPlace && ownSide != null && !ownSide.equals(r.subject)
                            && (r.population == Population.MILITARY || militaryContext && r.population == null)) {
                        subjects = List.of(ownSide); // "the Israeli military said two soldiers were killed in Gaza"
                        confidence -= 0.1;
                    } else if (r.subject != null) {
                        subjects = List.of(r.subject);
                    } else if (r.category != CasualtyCategory.CAPTURED && r.population != Population.MILITARY
                            && (speakerSide = Sides.sideIn(tokens, figure.end(), FigureReading.clauseEnd(tokens, figure.end()), masked)) != null) {
                        subjects = List.of(speakerSide); // "seven people were killed in attacks on the city of Khan Younis"
                        confidence -= 0.1;
                    } else if ((speakerSide = Sides.speakerSide(cues, figure.start(), tokens)) != null
                            && (r.population == Population.MILITARY || militaryContext || mostWrittenAbout == null
                                    || r.category == CasualtyCategory.CAPTURED)) {
                        // "Moscow says 6,000 of its soldiers have died": a claimant's unqualified figure of soldiers is
                        // its own side's; civilians a third party counts are the article's
                        subjects = List.of(speakerSide);
                        confidence -= 0.15;
                    } else if (r.category != CasualtyCategory.CAPTURED && (speakerSide = Sides.speakerSide(cues, figure.start(), tokens)) != null
                            && !speakerSide.equals(previousSubject) && !Referents.countrySpeaking(speaker == null ? null : speaker.name())
                            && speaker != null && speaker.how() == Attribution.STATED && !Sides.observers(speaker.name())
                            && !securityOfficial(speaker.name())) {
                        // "Lebanon's health ministry says Israeli attacks have killed 3,452 people": an institution of a
                        // side counting a toll counts its own side's dead, whatever the sentence before was about
                        subjects = List.of(speakerSide);
                        confidence -= 0.2;
                    } else if (previousSubject != null) {
                        subjects = List.of(previousSubject);
                        confidence -= 0.2;
                    } else if ((speakerSide = Sides.sideIn(tokens, figure.end(), tokens.size(), masked)) != null) {
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
                        claims.add(new ExtractedClaim(speaker == null ? null : speaker.name(),
                                speaker == null ? Attribution.UNATTRIBUTED : speaker.how(), subject, population, r.category,
                                low, best, high, figure.qualifier(), r.ratePer, r.periodStart == null ? null : r.periodStart.date(),
                                r.periodStart == null ? null : r.periodStart.precision(), r.asOf == null ? null : r.asOf.date(),
                                r.asOf == null ? null : r.asOf.precision(), text.substring(span[0], span[1]), span[0], span[1],
                                text.substring(tokens.get(figure.start()).start(), tokens.get(figure.end() - 1).end()),
                                clamp(confidence - (speaker == null ? 0.3 : speaker.penalty() + vagueness(speaker.name()))),
                                r.subgroup, r.scope));
                        if (!JIHADISTS.equals(subject) && r.sidesTogether == null && !r.bothSidesTogether) {
                            previousSubject = subject; // the insurgents' losses, or both sides', are no side of the next figures
                        }
                    }
                    if (speaker != null) {
                        sentenceClaimant = speaker.name();
                    }
                }
            }
            // who spoke last, for pronouns and for sentences that go on without naming anyone
            for (Cue cue : cues) {
                if (cue.named()) {
                    speakers.heard(cue, tokens, names);
                }
            }
            boolean newParagraph = s > 0 && text.substring(spans.get(s - 1)[1], span[0]).indexOf('\n') >= 0;
            claims = CarriedAttribution.attributeUnattributed(claims, s, spans, sentences, cuesBySentence, figuresBySentence,
                    previousSentenceClaimant, announced, newParagraph, names, speakers);
            String named = sentenceClaimant != null ? sentenceClaimant : Speakers.lastNamed(cues, tokens, names, speakers);
            boolean paragraphEnds = s + 1 < spans.size() && text.substring(span[1], spans.get(s + 1)[0]).indexOf('\n') >= 0;
            boolean figuresClaimed = false;
            for (ExtractedClaim claim : claims) {
                figuresClaimed |= claim.spanStart() == span[0];
            }
            if (named != null && !tokens.isEmpty() && tokens.get(tokens.size() - 1).isPunct(':')
                    && cues.stream().anyMatch(c -> c.named() && c.position() >= tokens.size() - 4)) {
                quoting = named; // "The Ministry wrote:" and the paragraphs it quotes
                quotedSentences = 8;
            } else if (named != null && sentenceClaimant == null && Speakers.lastNamed(cues, tokens, names, speakers) != null) {
                quoting = null;
            }
            // a source that announces figures without giving them ("X reported that casualties reached record levels")
            // gives them in the next sentence; a source named once carries through its paragraph ("So...", "Overall...")
            // within its paragraph: "witnesses said the jets came back and fired on those collecting the dead" announces
            // no figures of the next paragraph
            announced = named != null && !figuresClaimed && mentionsCasualties(tokens) && !paragraphEnds
                    || quoting != null && quotedSentences-- > 0;
            // a sentence whose figures took their source from around it goes on with that source ("As of 6 a.m., 54
            // were injured. 38 of them were hospitalised.")
            String carried = named != null ? null : carriedClaimant(claims, span[0]);
            previousSentenceClaimant = quoting != null && quotedSentences >= 0 ? quoting
                    : named != null ? named : paragraphEnds ? null : carried != null ? carried : previousSentenceClaimant;
            previousMilitary = mentions(tokens, Lexicon.MILITARY_CONTEXT);
        }
        return Confidence.calibrated(ClaimMerging.deduplicate(ClaimMerging.headlineFromBody(text, claims)));
    }

    /**
     * Where the words of a speaker's name stop naming the speaker: "residents and doctors in this southern Gaza town"
     * are people of the place where it happened, so the place still says whose losses; a body's name ("the Russian
     * Defence Ministry") is all speaker.
     */
    private static int witnessesPlaceStart(List<Token> tokens, Cue cue) {
        Token first = tokens.get(cue.nameStart());
        if (first.capitalized() || !(Lexicon.AGENT_NOUNS.contains(first.lower()) || Lexicon.SPEAKER_NOUNS.contains(first.lower()))) {
            return cue.nameEnd();
        }
        for (int k = cue.nameStart() + 1; k < cue.nameEnd(); k++) {
            if (tokens.get(k).is("in") || tokens.get(k).is("from") || tokens.get(k).is("near") || tokens.get(k).is("of")) {
                return k;
            }
        }
        return cue.nameEnd();
    }

    /**
     * "a senior security official said the toll is 70,000": a side's security official counting a war's dead counts
     * the war's, not the own side's as its health ministry would.
     */
    private static boolean securityOfficial(String claimant) {
        List<String> words = Referents.words(claimant);
        return (words.contains("security") || words.contains("military") || words.contains("intelligence"))
                && (words.contains("official") || words.contains("officials"));
    }

    /** A war within one country: the rebels' country is the one most written about, and whoever speaks is of it or of none. */
    private static boolean civilWar(String ownSide, String mostWrittenAbout) {
        return mostWrittenAbout != null && (ownSide == null || ownSide.equals(mostWrittenAbout));
    }

    /** The claimant the figures of the sentence at {@code spanStart} took from the sentences around it, if any. */
    private static String carriedClaimant(List<ExtractedClaim> claims, int spanStart) {
        for (int c = claims.size() - 1; c >= 0 && claims.get(c).spanStart() == spanStart; c--) {
            Attribution how = claims.get(c).attribution();
            if (how == Attribution.CONTINUED || how == Attribution.FOLLOWING_SENTENCE) {
                return claims.get(c).claimant();
            }
        }
        return null;
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
                    && !Lexicon.notPeople(tokens, next) && !Lexicon.CATEGORY_WORDS.containsKey(tokens.get(next).lower())
                    && (tokens.get(next).isPunct('-') || next + 1 < tokens.size() && tokens.get(next + 1).isPunct('-')
                            || next > 0 && tokens.get(next - 1).isPunct('-') && next + 1 < tokens.size() && tokens.get(next + 1).isWord()
                            || Lexicon.NAME_MODIFIERS.contains(tokens.get(next).lower()) || Gazetteer.side(tokens.get(next).lower()) != null)) {
                next++;
            }
            if (!(next < tokens.size() && Lexicon.notPeople(tokens, next))) {
                kept.add(figure);
            }
        }
        return kept;
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

    /** How little a claimant's name says: a country ("Russia") or a common noun ("sources", "residents") says little. */
    private static double vagueness(String claimant) {
        if (Referents.countrySpeaking(claimant) || claimant.equalsIgnoreCase("we") || claimant.equalsIgnoreCase("our")) {
            return 0.15;
        }
        return claimant.equals(claimant.toLowerCase(java.util.Locale.ROOT)) ? 0.15 : 0.0;
    }

    private static Integer toInt(Long value) {
        return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
    }

    static double clamp(double confidence) {
        return Math.round(Math.max(0.05, Math.min(1.0, confidence)) * 100) / 100.0;
    }
}
