package org.claimgraph.claims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who says something in a sentence: "X said / revealed / estimated / believes (that)", "according to X", "as per X",
 * "X's statement", "a report from X", a participle going on from the main clause ("..., asserting that") and the
 * inverted "..., said X".
 */
final class Attributions {

    /**
     * One place in a sentence that names who speaks: the cue at token {@code position}, the name at tokens
     * [{@code nameStart}, {@code nameEnd}); a participle cue has no name of its own.
     */
    record Cue(int position, int nameStart, int nameEnd, boolean participle) {
        boolean named() {
            return nameEnd > nameStart;
        }
    }

    private static final Set<String> NAME_ADJECTIVES = Set.of("former", "senior", "local", "top", "unnamed", "anonymous",
            "independent", "regional", "official", "military", "western", "foreign", "government", "defence", "defense",
            "intelligence", "health", "security", "state", "human", "rights", "monitoring", "general", "armed", "special",
            "peacekeeping", "humanitarian", "medical", "civil", "provincial", "national", "federal", "international",
            "interim", "transitional", "police", "rescue", "emergency", "volunteer", "aid", "interior");

    private Attributions() {
    }

    /** "attacked two military posts", "three reports": a verb of speaking that is a plural noun after a count. */
    private static boolean countedNoun(List<Token> tokens, int k) {
        if (!tokens.get(k).lower().endsWith("s")) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 2); j--) {
            if (tokens.get(j).isNumber() || Figures.isNumberWord(tokens.get(j))) {
                return true;
            }
            if (!tokens.get(j).isWord() || tokens.get(j).capitalized()) {
                return false;
            }
        }
        return false;
    }

    static List<Cue> find(List<Token> tokens) {
        List<Cue> cues = new ArrayList<>();
        int size = tokens.size();
        for (int k = 0; k < size; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(':') && k > 0 && k <= 6) {
                // a headline: "Zelensky: 55,000 Ukrainian soldiers killed"
                int[] name = nameBefore(tokens, k);
                if (name != null && name[0] == 0 && !onlyAPlace(tokens, name[0], name[1]) && !dateline(tokens, k)) {
                    cues.add(new Cue(k, name[0], name[1], false));
                }
                continue;
            }
            if ((t.isPunct(':') && k > 6 || (t.isPunct('–') || t.isPunct('—') || t.isPunct('-') && k > 0 && (tokens.get(k - 1).end() < t.start()
                    || k + 1 < size && tokens.get(k + 1).start() > t.end()))
                    && k > 3) && size - k <= 6 && k + 1 < size) {
                // a headline's tag at its end: "Up to 15,000 dead in Darfur town: UN report", "... – ministry", "...battle- minister"
                int[] name = nameAfter(tokens, k + 1);
                if (name != null && name[1] >= size - 1) {
                    cues.add(new Cue(k, name[0], name[1], false));
                }
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            String w = t.lower();
            if ((w.equals("according") && k + 1 < size && tokens.get(k + 1).is("to"))
                    || (w.equals("as") && k + 1 < size && tokens.get(k + 1).is("per"))) {
                int[] name = nameAfter(tokens, k + 2);
                if (name == null && k + 2 < size && Lexicon.OBJECT_PRONOUNS.containsKey(tokens.get(k + 2).lower())
                        && (k + 3 == size || !tokens.get(k + 3).isWord())) {
                    name = new int[] { k + 2, k + 3 }; // "According to him, ..."
                }
                if (name != null) {
                    cues.add(new Cue(k, name[0], name[1], false));
                }
            } else if (Lexicon.SPEECH_VERBS.contains(w) && !precededByDeterminerOrTo(tokens, k) && !claimsLives(tokens, k)
                    && !partOfAName(tokens, k) && !statesOfAPlace(tokens, k) && !countedNoun(tokens, k)
                    && !((w.equals("found") || w.equals("finds")) && !(k + 1 < size && tokens.get(k + 1).is("that"))) && !(k + 1 < size
                    && (Lexicon.CATEGORY_WORDS.containsKey(tokens.get(k + 1).lower()) || Lexicon.STATEMENT_NOUNS.contains(tokens.get(k + 1).lower())))) {
                // not "..., told the BBC" (who listened) nor "Mr Abiad, however, said Israel's ..." (the subject before)
                boolean inverted = k > 0 && (tokens.get(k - 1).isPunct(',') || isQuote(tokens.get(k - 1))) && !w.equals("told")
                        && !interjectionBefore(tokens, k)
                        && k + 1 < size && !tokens.get(k + 1).is("that") && (tokens.get(k + 1).capitalized() || Lexicon.DETERMINERS.contains(tokens.get(k + 1).lower())
                                || NAME_ADJECTIVES.contains(tokens.get(k + 1).lower()) || Lexicon.SPEAKER_NOUNS.contains(tokens.get(k + 1).lower())
                                || Lexicon.TITLES.contains(tokens.get(k + 1).lower()));
                int[] name = inverted ? nameAfter(tokens, k + 1) : null; // "..., said Defence Minister X.", "..., said the report"
                if (name != null && !endsTheClause(tokens, name[1])) {
                    name = null; // "X, the spokesman for Y, said Ukraine lost 300": "Ukraine" begins what was said
                }
                if (name != null && name[1] - name[0] == 1 && Gazetteer.demonym(tokens.get(name[0]).lower()) && name[1] < size
                        && tokens.get(name[1]).isWord() && !tokens.get(name[1]).capitalized()) {
                    name = null; // "X, governor of Y, said Russian shelling killed ...": a people's adjective opens what was said
                }
                if (name == null && PASSIVE_AGENT_VERBS.contains(w) && agentBy(tokens, k) > 0) {
                    name = nameAfter(tokens, agentBy(tokens, k) + 1); // "2,000 troops are estimated by X to have died"
                }
                if (name == null && !passive(tokens, k)) {
                    name = nameBefore(tokens, k);
                }
                if (name == null && k + 2 < size && tokens.get(k + 1).is("out") && (k > 0 && tokens.get(k - 1).is("points")
                        || tokens.get(k).is("points"))) {
                    name = nameAfter(tokens, k + 2); // "..., points out the mission report"
                }
                if (name != null) {
                    cues.add(new Cue(k, name[0], name[1], false));
                }
            } else if (RECEIVING.contains(w) && receivesAccounts(tokens, k) && !passive(tokens, k)) {
                // "The members of the monitoring mission received data on the murders of 300 civilians"
                int[] name = nameBefore(tokens, k);
                if (name != null) {
                    cues.add(new Cue(k, name[0], name[1], false));
                }
            } else if (GIVING.contains(w) && givesAFigure(tokens, k)) {
                // "The opposition Syrian National Council gave a higher toll"
                int[] name = nameBefore(tokens, k);
                if (name != null) {
                    cues.add(new Cue(k, name[0], name[1], false));
                }
            } else if (w.equals("points") && k + 2 < size && tokens.get(k + 1).is("out")) {
                // "..., points out the mission report"
                int[] name = nameAfter(tokens, k + 2);
                if (name == null) {
                    name = nameBefore(tokens, k);
                }
                if (name != null) {
                    cues.add(new Cue(k, name[0], name[1], false));
                }
            } else if ((PASSIVE_AGENT_VERBS.contains(w) || w.equals("released") && statementNear(tokens, k))
                    && agentBy(tokens, k) > 0) {
                // "the toll mentioned by X", "the figures were published by X", "released on Wednesday by X"
                int[] name = nameAfter(tokens, agentBy(tokens, k) + 1);
                if (name != null) {
                    cues.add(new Cue(k, name[0], name[1], false));
                }
            } else if ((w.equals("citing") || w.equals("quoting")) && k > 0 && nameAfter(tokens, k + 1) != null) {
                // "News.Az reports citing the Moscow Times": the source cited, named after the participle
                int[] name = nameAfter(tokens, k + 1);
                cues.add(new Cue(k, name[0], name[1], false));
            } else if (Lexicon.SPEECH_PARTICIPLES.contains(w) && !claimsLives(tokens, k)) {
                cues.add(new Cue(k, k, k, true));
            } else if (w.equals("'s") && statementFollows(tokens, k + 1)) {
                int[] name = nameBefore(tokens, k);
                if (name != null) {
                    cues.add(new Cue(k, name[0], name[1], false));
                }
            }
            if (Lexicon.STATEMENT_NOUNS.contains(w) && k + 1 < size && (cues.isEmpty() || cues.get(cues.size() - 1).position() != k)
                    && (tokens.get(k + 1).is("from") || tokens.get(k + 1).is("by")
                            || tokens.get(k + 1).is("of") && k + 2 < size && tokens.get(k + 2).is("the"))) {
                int[] name = nameAfter(tokens, k + 2);
                if (name != null && tokens.get(k + 1).is("of") && !Lexicon.ORGANIZATION_WORDS.contains(tokens.get(name[1] - 1).lower())) {
                    name = null; // "the report of the Monitoring Mission" names its author, "an estimate of the Russian losses" not
                }
                int by = tokens.get(k + 1).is("of") && name == null ? agentAfterWhatIsCounted(tokens, k + 2) : -1;
                if (by > 0) {
                    name = nameAfter(tokens, by + 1); // "the estimate of the Russian losses by the General Staff"
                }
                if (name != null) {
                    cues.add(new Cue(k, name[0], name[1], false));
                }
            }
        }
        return cues;
    }

    /**
     * A capitalized verb inside a name, "the Islamic State that", "of North Kordofan State, resulting", unlike a
     * title-case headline's "Zelensky Says 55,000".
     */
    /** "The UN and the Red Cross said": a speaker's name ends right before "and the". */
    private static boolean coSpeakerBefore(List<Token> tokens, int k) {
        return tokens.get(k).capitalized() || Lexicon.ORGANIZATION_WORDS.contains(tokens.get(k).lower());
    }

    private static boolean partOfAName(List<Token> tokens, int k) {
        if (!tokens.get(k).capitalized() || k == 0 || !tokens.get(k - 1).capitalized()) {
            return false;
        }
        return k + 1 < tokens.size() && tokens.get(k + 1).isWord() && !tokens.get(k + 1).capitalized()
                || !titleCase(tokens);
    }

    /** Words set between commas after a subject: "Mr Abiad, however, said". */
    private static final Set<String> INTERJECTIONS = Set.of("however", "meanwhile", "though", "too", "also", "moreover",
            "furthermore", "nonetheless", "instead", "separately");

    /** ", however," right before the token at {@code verb}. */
    private static boolean interjectionBefore(List<Token> tokens, int verb) {
        return verb >= 4 && tokens.get(verb - 1).isPunct(',') && INTERJECTIONS.contains(tokens.get(verb - 2).lower())
                && tokens.get(verb - 3).isPunct(',') && tokens.get(verb - 4).isWord();
    }

    /**
     * "in Kayah and Karen states, according to ...", "against the Somali state, besieged": a place's state, not the verb
     * of a speaker.
     */
    private static boolean statesOfAPlace(List<Token> tokens, int k) {
        if (!(tokens.get(k).is("states") || tokens.get(k).is("state")) || k == 0 || !tokens.get(k - 1).capitalized()) {
            return false;
        }
        if (k + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k + 1);
        return next.isPunct(',') && !(k + 2 < tokens.size() && isQuote(tokens.get(k + 2))) || next.isPunct('.')
                || next.is("of") || next.is("in") || next.is("and") || next.is("where") || next.is("which");
    }

    /** Whether most words of a sentence are capitalized, as in a headline written in title case. */
    private static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int capitalized = 0;
        for (Token t : tokens) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                capitalized += t.capitalized() ? 1 : 0;
            }
        }
        return words > 0 && capitalized * 3 >= words * 2;
    }

    private static final Set<String> GIVING = Set.of("gave", "gives", "give", "provided", "provides", "issued", "issues",
            "offered", "offers");

    /** "gave a higher toll", "provided figures": a verb that hands over a figure. */
    private static boolean givesAFigure(List<Token> tokens, int k) {
        for (int j = k + 1; j < Math.min(tokens.size(), k + 5); j++) {
            if (Lexicon.STATEMENT_NOUNS.contains(tokens.get(j).lower()) || tokens.get(j).is("toll")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "has been documented", "were reported": a passive verb's subject is what was said, not who said it (a speaker, if
     * any, follows "by").
     */
    private static boolean passive(List<Token> tokens, int verb) {
        int pos = verb - 1;
        while (pos >= 0 && tokens.get(pos).isWord() && !tokens.get(pos).capitalized() && tokens.get(pos).lower().endsWith("ly")) {
            pos--;
        }
        // "X was quoted as saying": the subject does speak
        boolean quotedAs = verb + 1 < tokens.size() && tokens.get(verb + 1).is("as");
        return pos >= 0 && BE.contains(tokens.get(pos).lower()) && tokens.get(verb).lower().endsWith("ed") && !quotedAs;
    }

    private static final Set<String> BE = Set.of("be", "been", "being", "is", "are", "was", "were");

    /** The "by" after a participle, past a time ("on Wednesday", "last week"): its position, or -1. */
    private static int agentBy(List<Token> tokens, int k) {
        for (int j = k + 1; j < Math.min(tokens.size() - 1, k + 4); j++) {
            Token t = tokens.get(j);
            if (t.is("by")) {
                return j;
            }
            if (!(t.is("on") || t.is("last") || t.is("this") || t.is("earlier") || t.is("today") || t.is("yesterday")
                    || Lexicon.WEEKDAYS.contains(t.lower()) || t.is("week") || t.is("month") || t.is("year"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The "by" naming who made a count after what it counts: "the estimate of the Russian losses by the General Staff",
     * "a tally of the dead by the health ministry"; or -1.
     */
    private static int agentAfterWhatIsCounted(List<Token> tokens, int from) {
        for (int j = from; j < Math.min(tokens.size() - 1, from + 6); j++) {
            Token t = tokens.get(j);
            if (t.is("by")) {
                return j > from ? j : -1;
            }
            if (!t.isWord() && !t.is("'s") || t.isNumber() || Lexicon.SPEECH_VERBS.contains(t.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs of a body that gathers what it reports: "the mission received data on", "investigators obtained reports". */
    private static final Set<String> RECEIVING = Set.of("received", "receives", "obtained", "obtains", "gathered", "gathers");

    /** What a body gathers and then reports: data, information, reports, testimonies. */
    private static final Set<String> GATHERED = Set.of("data", "information", "reports", "testimonies", "testimony", "accounts",
            "evidence", "records", "figures");

    /** "received data on", "obtained credible information about": right after the verb, a word for what was gathered. */
    private static boolean receivesAccounts(List<Token> tokens, int k) {
        for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
            if (GATHERED.contains(tokens.get(j).lower())) {
                return true;
            }
            if (!tokens.get(j).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** A statement noun in the same sentence, near: "Released by X, the report ..." */
    private static boolean statementNear(List<Token> tokens, int k) {
        for (int j = Math.max(0, k - 12); j < Math.min(tokens.size(), k + 24); j++) {
            if (Lexicon.STATEMENT_NOUNS.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "claiming the lives of 20 people", "attacks claim over 200 lives": a toll, not someone's claim; nor "claimed responsibility". */
    private static boolean claimsLives(List<Token> tokens, int k) {
        if (!tokens.get(k).lower().startsWith("claim")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 6); j++) {
            if (tokens.get(j).is("lives") || tokens.get(j).is("life")) {
                return true;
            }
        }
        // "the group claimed responsibility for the attack": an attack owned, no figure asserted
        return k + 1 < tokens.size() && (tokens.get(k + 1).is("responsibility") || tokens.get(k + 1).is("credit"));
    }

    private static boolean isQuote(Token t) {
        return t.kind() == Token.Kind.PUNCT && "\"”“'’".indexOf(t.text().charAt(0)) >= 0;
    }

    /** Words before a verb form that make it a noun: "daily updates", "issuing reports", "official records". */
    private static final Set<String> NOUN_MAKERS = Set.of("daily", "weekly", "monthly", "hourly", "regular", "official",
            "latest", "new", "recent", "initial", "separate", "media", "news", "casualty", "issuing", "publishing", "releasing");

    private static boolean precededByDeterminerOrTo(List<Token> tokens, int k) {
        if (k == 0) {
            return false;
        }
        String before = tokens.get(k - 1).lower();
        if (NOUN_MAKERS.contains(before) && tokens.get(k).lower().endsWith("s") && !tokens.get(k - 1).capitalized()) {
            return true;
        }
        return before.equals("to") || before.equals("the") || before.equals("a") || before.equals("an") || before.equals("these")
                || before.equals("such") || before.equals("his") || before.equals("her") || before.equals("its")
                || before.equals("their") || before.equals("'s") || before.equals("of") || before.equals("this")
                || before.equals("those") || before.equals("each") || before.equals("every") || before.equals("another");
    }

    /** "'s" followed within four words (dates and adjectives allowed) by a statement noun: "Zelensky's February 2025 statement". */
    private static boolean statementFollows(List<Token> tokens, int from) {
        for (int j = from; j < Math.min(tokens.size(), from + 4); j++) {
            Token t = tokens.get(j);
            if (Lexicon.STATEMENT_NOUNS.contains(t.lower())) {
                return true;
            }
            if (!(t.isWord() || t.isNumber())) {
                return false;
            }
        }
        return false;
    }

    /** A dash standing apart, setting off an aside: " - ", " – ", " — ". */
    private static boolean dash(Token t) {
        return t.isPunct('-') || t.isPunct('–') || t.isPunct('—');
    }

    /** The subject of a verb at {@code verb}: read backwards over adverbs, auxiliaries and an appositive. */
    static int[] nameBefore(List<Token> tokens, int verb) {
        int pos = verb - 1;
        if (pos >= 1 && Lexicon.STATEMENT_NOUNS.contains(tokens.get(pos).lower()) && REFERRING.contains(tokens.get(pos - 1).lower())
                && !(pos >= 2 && (tokens.get(pos - 2).is("in") || tokens.get(pos - 2).is("by")))) {
            // "the statement said": a reference to a statement named before, unlike "The ministry in this statement said"
            return new int[] { pos, verb };
        }
        while (pos >= 0 && skippable(tokens.get(pos))) {
            pos--;
        }
        if (interjectionBefore(tokens, pos + 1)) {
            pos -= 3; // "Mr Abiad, however, said"
        }
        if (pos >= 2 && (tokens.get(pos).is("which") || tokens.get(pos).is("who")) && tokens.get(pos - 1).isPunct(',')) {
            pos -= 2; // "the Ukrainian armed forces, which put ..."
        }
        if (pos >= 2 && dash(tokens.get(pos))) {
            // "X - the media wing of the army - said": the name before an aside set off by dashes
            int open = pos - 1;
            while (open > 0 && pos - open <= 10 && !dash(tokens.get(open))) {
                open--;
            }
            if (open > 0 && dash(tokens.get(open)) && open + 1 < pos && !tokens.get(open + 1).capitalized() && endsAName(tokens, open - 1)) {
                pos = open - 1;
            }
        }
        if (pos >= 0 && tokens.get(pos).isPunct(',')) {
            // ", the military commander of Norway," between a name and its verb
            int open = pos - 1;
            while (open >= 0 && !tokens.get(open).isPunct(',')) {
                open--;
            }
            int relative = relativeClauseStart(tokens, pos);
            if (relative > 0) {
                pos = relative - 1; // "The rebel Liberation Tigers (LTTE), who are fighting for ..., in the north, said"
            } else if (open > 0 && open + 1 < pos && !tokens.get(open + 1).capitalized() && endsAName(tokens, open - 1)) {
                pos = open - 1;
            } else if (open >= 0 && open + 1 < pos && pos - open <= 6 && personNames(tokens, open + 1, pos)) {
                return new int[] { open + 1, pos }; // "Battlegroup Sever spokesman, Andrey Shershnev, said"
            } else {
                return null;
            }
        }
        if (pos < 0) {
            return null;
        }
        if (Lexicon.PRONOUNS.contains(tokens.get(pos).lower())) {
            return new int[] { pos, pos + 1 };
        }
        int end = pos + 1;
        int start = end;
        while (pos >= 0 && end - pos <= 10) {
            Token t = tokens.get(pos);
            boolean accept;
            if (t.isWord()) {
                String w = t.lower();
                accept = COMPOUND_TAILS.contains(w) && pos >= 2 && tokens.get(pos - 1).isPunct('-') && tokens.get(pos - 2).capitalized()
                        || BODY_PARTS.contains(w) && pos >= 1 && start == end && SPEAKING_FIELDS.contains(tokens.get(pos - 1).lower())
                        || t.capitalized() && (t.allCaps() || !Lexicon.CLAUSE_WORDS.contains(w) && !Lexicon.OPENERS.contains(w)
                                || start < end && pos > 0 && tokens.get(pos - 1).capitalized() && tokens.get(start).capitalized())
                        && !Lexicon.WEEKDAYS.contains(w)
                        || ClaimantNames.particleInName(tokens, pos) && start < end
                        || w.equals("'s") || Lexicon.AGENT_NOUNS.contains(w) || Lexicon.ORGANIZATION_WORDS.contains(w)
                        || Lexicon.STATEMENT_NOUNS.contains(w) || NAME_ADJECTIVES.contains(w) || Lexicon.SPEAKER_NOUNS.contains(w)
                        || (w.equals("of") || w.equals("for") || w.equals("and") || w.equals("the") || w.equals("on")
                                || w.equals("in") || w.equals("a") || w.equals("an"))
                                && pos > 0 && start < end && (tokens.get(start).capitalized() || Lexicon.AGENT_NOUNS.contains(tokens.get(start).lower())
                                        || tokens.get(start).is("the") && (w.equals("of") || w.equals("in"))
                                        || tokens.get(start).is("the") && w.equals("and") && coSpeakerBefore(tokens, pos - 1)
                                        || tokens.get(start).is("the") && w.equals("for") && tokens.get(pos - 1).capitalized()
                                        || w.equals("of") && Lexicon.SPEAKER_NOUNS.contains(tokens.get(pos - 1).lower()));
            } else {
                accept = (t.isPunct('(') || t.isPunct(')') || t.isPunct('-')) && start < end
                        || t.isPunct(')') && start == end && pos >= 2 && tokens.get(pos - 1).allCaps() && tokens.get(pos - 2).isPunct('(')
                        || pluralPossessive(tokens, pos) && start < end || abbreviatedTitle(tokens, pos) && start < end;
            }
            if (!accept && t.isWord() && pos >= 2 && tokens.get(pos - 1).is("of") && Lexicon.SPEAKER_NOUNS.contains(tokens.get(pos - 2).lower())
                    && start == end) {
                accept = true; // "Rwanda's minister of culture said"
            }
            if (!accept) {
                break;
            }
            start = pos;
            pos--;
        }
        int[] quotedName = quotedNameBefore(tokens, start);
        if (quotedName != null) {
            return quotedName; // "\"Al Shabab\" in Somalia claimed": the group, not the country it is in
        }
        while (start < end && !tokens.get(start).isWord()) {
            start++;
        }
        if (start + 2 < end && tokens.get(start + 1).isPunct(')')) {
            start += 2; // "(MENAFN) Iran's Health Ministry": an agency's tag before the name
        }
        while (start < end && (tokens.get(start).is("of") || tokens.get(start).is("for") || tokens.get(start).is("and")
                || tokens.get(start).is("'s") || tokens.get(start).is("in") || tokens.get(start).is("a") || tokens.get(start).is("an"))) {
            start++;
        }
        if (validName(tokens, start, end)) {
            return new int[] { SpeakerLists.startOfList(tokens, start), end };
        }
        return commonNounSubject(tokens, verb);
    }

    /**
     * A subject of common nouns right before the verb, opening its clause: "..., residents and doctors in this southern
     * Gaza town said". It must start with a word for people who speak ("residents", "officials", "a survivor").
     */
    private static int[] commonNounSubject(List<Token> tokens, int verb) {
        int pos = verb - 1;
        while (pos >= 0 && skippable(tokens.get(pos))) {
            pos--;
        }
        int end = pos + 1;
        int start = end;
        for (int k = pos; k >= 0 && end - k <= 9; k--) {
            Token t = tokens.get(k);
            boolean quantifiedNoun = k > 0 && QUANTIFYING.contains(tokens.get(k - 1).lower()); // "other reports"
            // "residents and doctors in this southern town said": "this" there points at a place, it is no time word
            boolean placeDeterminer = t.is("this") && k > 0 && (tokens.get(k - 1).is("in") || tokens.get(k - 1).is("of")
                    || tokens.get(k - 1).is("from") || tokens.get(k - 1).is("near"));
            if (!t.isWord() || Lexicon.AUXILIARIES.contains(t.lower()) && !placeDeterminer
                    || Lexicon.SPEECH_VERBS.contains(t.lower()) && !quantifiedNoun
                    || Lexicon.CLAUSE_WORDS.contains(t.lower()) && !t.is("and")) {
                break;
            }
            start = k;
        }
        while (start < end && Lexicon.DETERMINERS.contains(tokens.get(start).lower())) {
            start++;
        }
        boolean opensClause = start == 0 || !tokens.get(start - 1).isWord() || Lexicon.DETERMINERS.contains(tokens.get(start - 1).lower());
        if (start >= end || !opensClause || end - start < 2) {
            return null;
        }
        int headAt = start;
        while (headAt + 1 < end && QUANTIFYING.contains(tokens.get(headAt).lower())) {
            headAt++; // "Other reports said", "some witnesses said"
        }
        String head = tokens.get(headAt).lower();
        return Lexicon.AGENT_NOUNS.contains(head) || Lexicon.SPEAKER_NOUNS.contains(head)
                || headAt > start && head.equals("reports") ? new int[] { start, end } : null;
    }

    /** Words before a plural subject that say which or how many: "other reports", "some witnesses". */
    private static final Set<String> QUANTIFYING = Set.of("other", "some", "several", "many", "earlier", "initial",
            "unconfirmed", "conflicting", "separate", "further");

    /** The capitalized words in quotation marks right before "in" at {@code in}: "\"Al Shabab\" in Somalia"; or null. */
    private static int[] quotedNameBefore(List<Token> tokens, int in) {
        if (in < 3 || in >= tokens.size() || !tokens.get(in).is("in") || !isQuote(tokens.get(in - 1))) {
            return null;
        }
        int close = in - 1;
        int open = close - 1;
        while (open >= 0 && close - open <= 6 && tokens.get(open).capitalized()) {
            open--;
        }
        return open >= 0 && open + 1 < close && isQuote(tokens.get(open)) ? new int[] { open + 1, close } : null;
    }

    /** A capitalized word, or the closing parenthesis of an acronym: "Liberation Tigers of Tamil Eelam (LTTE)". */
    private static boolean endsAName(List<Token> tokens, int k) {
        return tokens.get(k).capitalized() || k >= 2 && tokens.get(k).isPunct(')') && tokens.get(k - 1).allCaps()
                && tokens.get(k - 2).isPunct('(');
    }

    /**
     * The comma opening a relative clause set between a name (or "the youth leader") and its verb, the clause holding
     * commas of its own: "X, who control much of the north, the east and the coast, said"; or -1.
     */
    private static int relativeClauseStart(List<Token> tokens, int closingComma) {
        for (int k = closingComma - 2; k >= 1 && closingComma - k <= 40; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || isQuote(t) || t.isPunct(':') || Lexicon.SPEECH_VERBS.contains(t.lower()) && !t.capitalized()) {
                return -1; // "Niger State" is no verb
            }
            if (t.isPunct(',') && (tokens.get(k + 1).is("who") || tokens.get(k + 1).is("which")) && (endsAName(tokens, k - 1)
                    || Lexicon.SPEAKER_NOUNS.contains(tokens.get(k - 1).lower()) || Lexicon.AGENT_NOUNS.contains(tokens.get(k - 1).lower()))) {
                return k;
            }
        }
        return -1;
    }

    /** A name written after "according to", "a report from", "as per": "the Centre for ... Studies (CSIS)". */
    static int[] nameAfter(List<Token> tokens, int from) {
        int pos = from;
        int size = tokens.size();
        while (pos < size && Lexicon.DETERMINERS.contains(tokens.get(pos).lower())) {
            pos++;
        }
        // "according to an assessment by the British Ministry of Defense", "a conservative estimate by X"
        for (int adjectives = 0; adjectives <= 2 && pos + adjectives + 1 < size; adjectives++) {
            int noun = pos + adjectives;
            if (Lexicon.STATEMENT_NOUNS.contains(tokens.get(noun).lower())
                    && (tokens.get(noun + 1).is("by") || tokens.get(noun + 1).is("from") || tokens.get(noun + 1).is("of"))) {
                return nameAfter(tokens, noun + 2);
            }
            if (!tokens.get(noun).isWord() || tokens.get(noun).capitalized()) {
                break;
            }
        }
        if (pos > from && pos + 1 <= size && (Lexicon.STATEMENT_NOUNS.contains(tokens.get(pos).lower())
                || Lexicon.ORGANIZATION_WORDS.contains(tokens.get(pos).lower())) && !tokens.get(pos).capitalized()
                && (pos + 1 == size || !tokens.get(pos + 1).isWord())) {
            return new int[] { pos, pos + 1 }; // "..., points out the document.", "..., said the ministry."
        }
        int start = pos;
        int end = pos;
        while (pos < size && pos - start < 12) {
            Token t = tokens.get(pos);
            String w = t.lower();
            boolean accept;
            if (t.isWord()) {
                accept = t.capitalized() || Lexicon.AGENT_NOUNS.contains(w) || Lexicon.ORGANIZATION_WORDS.contains(w)
                        || NAME_ADJECTIVES.contains(w) || Lexicon.SPEAKER_NOUNS.contains(w) || w.equals("local")
                        || organizationAhead(tokens, pos + 1, 3) || w.equals("'s") && pos + 1 < size && tokens.get(pos + 1).capitalized()
                        || (w.equals("of") || w.equals("for") || w.equals("and") || w.equals("the") || w.equals("on") || w.equals("in"))
                                && pos + 1 < size && (tokens.get(pos + 1).capitalized() || tokens.get(pos + 1).is("the"))
                                && !(w.equals("on") && pos + 2 < size && tokens.get(pos + 2).is("'s")); // "Office on Russia's war"
            } else {
                accept = pluralPossessive(tokens, pos) && pos > start
                        || t.isPunct('&') && pos > start && pos + 1 < size && tokens.get(pos + 1).capitalized()
                        || t.isPunct('(') && pos + 2 < size && tokens.get(pos + 1).allCaps() && tokens.get(pos + 2).isPunct(')')
                        || t.isPunct(')') && pos > start && tokens.get(pos - 1).allCaps()
                        || t.isWord() || t.isPunct('-') && pos + 1 < size && tokens.get(pos + 1).isWord()
                        || abbreviatedTitle(tokens, pos) && pos > start;
                if (t.isPunct('(') && accept) {
                    pos += 3;
                    end = pos;
                    continue;
                }
            }
            if (t.isWord() && (Lexicon.WEEKDAYS.contains(w) || (w.equals("on") || w.equals("in")) && pos + 1 < size
                    && (Lexicon.WEEKDAYS.contains(tokens.get(pos + 1).lower()) || Lexicon.MONTHS.containsKey(tokens.get(pos + 1).lower())))) {
                break; // "a United Nations report on Friday"
            }
            if (!accept) {
                break;
            }
            pos++;
            if (t.isWord() && !(w.equals("of") || w.equals("for") || w.equals("and") || w.equals("the") || w.equals("on") || w.equals("in"))) {
                end = pos;
            }
        }
        return validName(tokens, start, end) ? new int[] { start, end } : null;
    }

    /** The end of a headline's topic ("Nagorno-Karabakh: ..."), a place that says where, not whose losses; else 0. */
    static int headlineTopicEnd(List<Token> tokens) {
        for (int k = 1; k <= Math.min(6, tokens.size() - 1); k++) {
            if (tokens.get(k).isPunct(':')) {
                int[] name = nameBefore(tokens, k);
                return name != null && name[0] == 0 && onlyAPlace(tokens, name[0], name[1]) ? k : 0;
            }
        }
        return 0;
    }

    /**
     * "KOLKATA: At least 30 troops were killed ...": a city in capitals before the colon opening a story's first
     * sentence says where it was filed; a headline's speaker ("Zelensky: 55,000 killed") heads a line of few words
     * with no full stop.
     */
    private static boolean dateline(List<Token> tokens, int colon) {
        int letters = 0;
        for (int k = 0; k < colon; k++) {
            if (!tokens.get(k).allCaps()) {
                return false;
            }
            letters += tokens.get(k).text().length();
        }
        return letters >= 5 && tokens.size() - colon > 8 && tokens.get(tokens.size() - 1).isPunct('.');
    }

    /** "Sudan: 150 killed ...": a headline's topic, a place that is not an armed group, not who speaks. */
    private static boolean onlyAPlace(List<Token> tokens, int start, int end) {
        Gazetteer.Place place = Gazetteer.at(tokens, start);
        return place != null && place.end() == end && !Gazetteer.actor(span(tokens, start, end));
    }

    private static String span(List<Token> tokens, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int k = start; k < end; k++) {
            out.append(k > start ? " " : "").append(tokens.get(k).lower());
        }
        return out.toString();
    }

    /** The full stop of a short title inside a name, before the next capitalized word: "Dr. Mohammed Abu Salmiya". */
    static boolean abbreviatedTitle(List<Token> tokens, int pos) {
        return tokens.get(pos).isPunct('.') && pos > 0 && pos + 1 < tokens.size()
                && Lexicon.SHORT_TITLES.contains(tokens.get(pos - 1).lower()) && tokens.get(pos + 1).capitalized();
    }

    /** An organization word within the next {@code span} words, before any punctuation: "resistance committee". */
    private static boolean organizationAhead(List<Token> tokens, int from, int span) {
        for (int k = from; k < Math.min(tokens.size(), from + span); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || Lexicon.CLAUSE_WORDS.contains(t.lower()) || Lexicon.SPEECH_VERBS.contains(t.lower())) {
                return false;
            }
            if (Lexicon.ORGANIZATION_WORDS.contains(t.lower()) || Lexicon.AGENT_NOUNS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean skippable(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.lower();
        return Lexicon.AUXILIARIES.contains(w) || !t.capitalized() && w.endsWith("ly") && w.length() > 3
                || INTERJECTED.contains(w);
    }

    /** The apostrophe of "Doctors' Network", "a doctors' group": right after a word ending in s. */
    private static boolean pluralPossessive(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return (t.isPunct('\'') || t.isPunct('’')) && k > 0 && tokens.get(k - 1).isWord() && tokens.get(k - 1).lower().endsWith("s")
                && tokens.get(k - 1).end() == t.start() && k + 1 < tokens.size() && tokens.get(k + 1).isWord();
    }

    /** Capitalized words, perhaps two names joined by "and": "Yevgeny Tretyakov and Ivan Bigma". */
    private static boolean personNames(List<Token> tokens, int start, int end) {
        if (!tokens.get(start).capitalized() || !tokens.get(end - 1).capitalized()) {
            return false;
        }
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (!(t.capitalized() && !Lexicon.OPENERS.contains(t.lower()) || t.is("and"))) {
                return false;
            }
        }
        return end - start >= 2;
    }

    /** Whether a name read after an inverted verb ends its clause: "..., said the ministry." or "..., said X on Monday". */
    private static boolean endsTheClause(List<Token> tokens, int after) {
        if (after >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(after);
        if (t.isNumber()) {
            return false;
        }
        if (!t.isWord()) {
            return true;
        }
        String w = t.lower();
        // what begins a reported clause: "said Ukraine lost 300", "said Kiev has lost", "said Russia killed"
        return !(Lexicon.AUXILIARIES.contains(w) && !Lexicon.WEEKDAYS.contains(w) && !w.equals("on") && !w.equals("last")
                && !w.equals("this") && !w.equals("earlier") && !w.equals("today") && !w.equals("yesterday") && !w.equals("later")
                || Lexicon.CATEGORY_WORDS.containsKey(w) || Lexicon.SPEECH_VERBS.contains(w)
                || w.endsWith("ed") && !w.equals("based") || w.equals("that"));
    }

    /**
     * The part of a body that speaks for it, named by what it does: "the military's media wing", "the army's press cell".
     * Only after such a word: a "wing" alone is as often a building or a faction.
     */
    private static final Set<String> BODY_PARTS = Set.of("wing", "cell", "arm", "unit", "branch", "desk", "directorate");
    private static final Set<String> SPEAKING_FIELDS = Set.of("media", "press", "information", "relations", "communications");

    /** "Hamas-run", "Saudi-led", "Britain-based": a name joined to a participle is part of the name. */
    private static final Set<String> COMPOUND_TAILS = Set.of("run", "led", "backed", "based", "controlled", "affiliated",
            "aligned", "funded", "allied", "ruled", "held", "appointed", "installed");

    /** Participles whose "by" names who gave the figure, unlike "killed by" which names who caused it. */
    private static final Set<String> PASSIVE_AGENT_VERBS = Set.of("mentioned", "reported", "estimated", "given", "cited",
            "published", "compiled", "confirmed", "recorded", "documented", "provided", "issued", "announced",
            "counted", "tallied", "verified", "quoted", "calculated", "assessed", "put", "collected", "gathered", "disclosed");

    /** Determiners that point back to something named before: "the statement", "this report". */
    private static final Set<String> REFERRING = Set.of("the", "this", "that");

    /** Words between a subject and its verb that say when or how: "The CSIS report released Tuesday said". */
    private static final Set<String> INTERJECTED = Set.of("meanwhile", "released", "published", "issued", "evening",
            "morning", "afternoon", "night", "too", "however", "in", "a", "statement", "late", "early", "so", "far", "thus",
            "particular", "further", "also", "again", "now", "then", "still", "later", "earlier", "already", "since",
            "separately", "once", "first");

    /** A claimant has a capital letter, is a pronoun, or is a group like "officials" or "intelligence agencies". */
    private static boolean validName(List<Token> tokens, int start, int end) {
        if (end <= start) {
            return false;
        }
        if (end - start == 1 && Lexicon.PRONOUNS.contains(tokens.get(start).lower())) {
            return true;
        }
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (t.capitalized() && !Lexicon.DETERMINERS.contains(t.lower()) || Lexicon.AGENT_NOUNS.contains(t.lower())
                    || Lexicon.SPEAKER_NOUNS.contains(t.lower())
                    || (Lexicon.ORGANIZATION_WORDS.contains(t.lower()) || Lexicon.STATEMENT_NOUNS.contains(t.lower()))
                            && (start > 0 && (tokens.get(start - 1).is("the") || tokens.get(start - 1).is("one") || tokens.get(start - 1).is("this"))
                                    || k > start && (tokens.get(start).is("the") || tokens.get(start).is("this")))
                    || Lexicon.ORGANIZATION_WORDS.contains(tokens.get(end - 1).lower()) && end - start >= 2
                            && NAME_ADJECTIVES.contains(tokens.get(start).lower())) {
                String last = tokens.get(end - 1).lower();
                String lastWord = last.equals("'s") && end - 2 >= start ? tokens.get(end - 2).lower() : last;
                return !Lexicon.MONTHS.containsKey(lastWord) && !Lexicon.WEEKDAYS.contains(lastWord);
            }
        }
        return false;
    }
}
