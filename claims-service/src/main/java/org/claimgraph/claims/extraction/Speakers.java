package org.claimgraph.claims.extraction;

import java.util.List;
import java.util.Set;

import org.claimgraph.claims.extraction.Attributions.Cue;
import org.claimgraph.claims.extraction.ExtractedClaim.Attribution;

/** Who spoke last, person and organization apart, so that "he" and "it" find their claimant. */
final class Speakers {

    /** Who says a figure, how the rules found them, and how much less sure that makes the claim. */
    record Speaker(String name, Attribution how, double penalty) {
    }

    private String lastPerson;
    private String lastOrganization;
    private String last;
    private final java.util.Set<String> heardNames = new java.util.HashSet<>();
    /** When each source was heard last, counting statements: later is larger. */
    private final java.util.Map<String, Integer> heardOrder = new java.util.HashMap<>();
    private int heardCount;

    Speaker forFigure(List<Cue> cues, int figureStart, List<Token> tokens, ClaimantNames names) {
        if (nobodysFigure(tokens, figureStart)) {
            return null;
        }
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
                if (contrasted(tokens, earlier.position(), chosen.nameStart())) {
                    break; // "X said ..., but the defence ministry said ...": a second speaker, not X's evidence
                }
                if (earlier.named() && anyCapitalized(tokens, earlier.nameStart(), earlier.nameEnd())) {
                    chosen = earlier;
                    chosenIndex = c;
                    break;
                }
            }
        }
        if (chosen != null && chosenIndex > 0 && addresseeOfAReport(cues.get(chosenIndex - 1), chosen, tokens)) {
            // "A report by experts to the UN said 33 were killed": the report's authors, not whom it was written to
            chosen = cues.get(chosenIndex - 1);
            chosenIndex--;
        }
        if (chosen != null && chosenIndex > 0 && possessiveInReportedClause(cues.get(chosenIndex - 1), chosen, tokens)) {
            // "A senior official said Israel's assessment puts the toll at 70,000": the official gives the figure
            chosen = cues.get(chosenIndex - 1);
            chosenIndex--;
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
                if (cue.named() && cue.position() > figureStart && !comparedWith(tokens, cue)) {
                    chosen = cue; // "..., X said."
                    break;
                }
            }
            for (Cue cue : cues) {
                if (chosen != null && cue.position() > chosen.position() && cue.named() && reportsAllBefore(tokens, cue)
                        && Lexicon.STATEMENT_NOUNS.contains(tokens.get(chosen.position()).lower())) {
                    // "five were killed, and an announcement from the Army is forthcoming, said the official": the
                    // statement is part of what the speaker after the comma tells
                    chosen = cue;
                }
            }
        }
        chosen = cited(cues, chosen, tokens);
        return chosen == null || !chosen.named() ? null : resolve(chosen, tokens, names);
    }

    /** The name a verb's cue read ("the UN") is whom the statement of the cue before ("a report by experts to") went to. */
    private static boolean addresseeOfAReport(Cue report, Cue verb, List<Token> tokens) {
        if (!report.named() || !verb.named() || !Lexicon.STATEMENT_NOUNS.contains(tokens.get(report.position()).lower())
                || report.nameEnd() >= verb.nameStart()) {
            return false;
        }
        int k = report.nameEnd();
        if (!(tokens.get(k).is("to") || tokens.get(k).is("for"))) {
            return false;
        }
        k++;
        while (k < verb.nameStart() && Lexicon.DETERMINERS.contains(tokens.get(k).lower())) {
            k++; // "to the UN", whether the name read holds its determiner or not
        }
        return k == verb.nameStart();
    }

    /**
     * A possessive's statement ("Israel's assessment") opening the clause a named speaker's verb reports ("X said
     * (that) ..."): what the speaker relays, the speaker's claim.
     */
    private static boolean possessiveInReportedClause(Cue speaker, Cue possessive, List<Token> tokens) {
        if (!speaker.named() || speaker.participle() || !tokens.get(possessive.position()).is("'s")
                || !Lexicon.SPEECH_VERBS.contains(tokens.get(speaker.position()).lower())) {
            return false;
        }
        int opening = speaker.position() + 1;
        if (opening < tokens.size() && tokens.get(opening).is("that")) {
            opening++;
        }
        return possessive.nameStart() == opening;
    }

    /**
     * A figure the report takes as known, which no speaker around it asserts: a count replaced ("raising the toll from
     * four") or what a speaker gives a name to ("X described the 1,000-for-1,000 exchange as a mockery").
     */
    static boolean nobodysFigure(List<Token> tokens, int figureStart) {
        return supersededToll(tokens, figureStart) || describedAs(tokens, figureStart);
    }

    private static final Set<String> DESCRIBING = Set.of("described", "describes", "describing", "called", "calls", "branded",
            "termed", "dismissed");

    /** "X described the 1,000-for-1,000 exchange as ...": the figure in what is described, before "as". */
    private static boolean describedAs(List<Token> tokens, int figureStart) {
        int verb = -1;
        for (int k = figureStart - 1; k >= Math.max(0, figureStart - 4); k--) {
            if (DESCRIBING.contains(tokens.get(k).lower())) {
                verb = k;
                break;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        if (verb < 0) {
            return false;
        }
        for (int k = figureStart + 1; k < Math.min(tokens.size(), figureStart + 8); k++) {
            if (tokens.get(k).is("as")) {
                return true;
            }
            if (tokens.get(k).isPunct(',') || tokens.get(k).isPunct('.') || Lexicon.CATEGORY_WORDS.containsKey(tokens.get(k).lower())) {
                return false; // "called 30 people killed ...": what was said, not a thing named
            }
        }
        return false;
    }

    /** Verbs by which a new count replaces an earlier one: "raising the toll from four". */
    private static final Set<String> REVISING = Set.of("raising", "bringing", "revising", "lifting", "pushing", "increasing",
            "updating", "correcting");

    /** Nouns of a count that a new one replaces. */
    private static final Set<String> COUNT_NOUNS = Set.of("toll", "tally", "count", "figure", "number", "estimate");

    /**
     * "killed 11 people, an official said, raising the initial death toll from four": the count replaced, which the
     * report gave earlier, not what the speaker says now.
     */
    private static boolean supersededToll(List<Token> tokens, int figureStart) {
        if (figureStart < 3 || !tokens.get(figureStart - 1).is("from") || !COUNT_NOUNS.contains(tokens.get(figureStart - 2).lower())) {
            return false;
        }
        for (int k = figureStart - 3; k >= Math.max(0, figureStart - 7); k--) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
            if (REVISING.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "..., said the official": a verb after a comma whose speaker follows it reports the sentence before it. */
    private static boolean reportsAllBefore(List<Token> tokens, Cue cue) {
        return cue.position() > 0 && tokens.get(cue.position() - 1).isPunct(',') && cue.nameStart() > cue.position()
                && Lexicon.SPEECH_VERBS.contains(tokens.get(cue.position()).lower());
    }

    /**
     * "put the toll at 66, far higher than Israel has confirmed, the newspaper reported": a source named after "than"
     * is who gave a lower or other count, not who gives this one.
     */
    private static boolean comparedWith(List<Token> tokens, Cue cue) {
        int before = cue.nameStart() - 1;
        while (before >= 0 && Lexicon.DETERMINERS.contains(tokens.get(before).lower())) {
            before--;
        }
        return before >= 0 && tokens.get(before).is("than");
    }

    /** "X reported, citing Y": the source X cites right after its verb is the one who gave the figure. */
    private static Cue cited(List<Cue> cues, Cue chosen, List<Token> tokens) {
        if (chosen == null || !chosen.named()) {
            return chosen;
        }
        int after = Math.max(chosen.position(), chosen.nameEnd());
        for (Cue cue : cues) {
            String verb = tokens.get(cue.position()).lower();
            if ((verb.equals("citing") || verb.equals("quoting")) && cue.named() && cue.position() > after && cue.position() <= after + 2) {
                return cue;
            }
        }
        return chosen;
    }

    Speaker resolve(Cue cue, List<Token> tokens, ClaimantNames names) {
        String first = Lexicon.OBJECT_PRONOUNS.getOrDefault(tokens.get(cue.nameStart()).lower(), tokens.get(cue.nameStart()).lower());
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
            String namedBefore = personal ? personNamedBefore(tokens, cue.nameStart(), names) : null;
            if (namedBefore != null) {
                // "On May 7, lawyer X attended the burial of 85 people, including a colleague who he says was burned
                // alive": the person the sentence names before the pronoun, not the one heard last
                return new Speaker(namedBefore, Attribution.PRONOUN, 0.1);
            }
            String meant = first.equals("it") ? lastOrganization : first.equals("they") ? last : lastPerson;
            return meant == null ? null : new Speaker(meant, Attribution.PRONOUN, 0.1);
        }
        String name = names.claimant(tokens, cue.nameStart(), cue.nameEnd());
        if (lastOrganization != null && !lastOrganization.equals(name) && bareGroupReference(tokens, cue.nameStart(), cue.nameEnd())
                && !Referents.stateBody(lastOrganization)
                && heardOrder.getOrDefault(lastOrganization, -1) > heardOrder.getOrDefault(name, -1)) {
            // "X, another volunteer group, reported ... the group stated": the body heard last, not one heard earlier whose
            // name happens to hold a word like "network"
            return new Speaker(lastOrganization, Attribution.STATED, 0.0);
        }
        if (last != null && !heardNames.contains(name) && issuedStatement(tokens, cue.nameStart(), cue.nameEnd())) {
            // "the statement said" after "this was reported by the mayor X" or "the ministry said in a statement": the
            // source heard last, person or body, rather than one the article names only later
            return new Speaker(last, Attribution.STATED, 0.0);
        }
        String head = tokens.get(cue.nameEnd() - 1).lower();
        if (name != null && last != null && !last.equals(name) && name.equals(name.toLowerCase(java.util.Locale.ROOT))
                && Lexicon.SPEAKER_NOUNS.contains(head) && definite(tokens, cue.nameStart(), cue.nameEnd())
                && last.toLowerCase(java.util.Locale.ROOT).endsWith(" " + head)) {
            // "a senior military official said ... said the official": the unnamed source just heard, named again
            return new Speaker(last, Attribution.PRONOUN, 0.1);
        }
        if (name != null && lastPerson != null && lastPerson.equals(last) && name.equals(name.toLowerCase(java.util.Locale.ROOT))
                && ANY_OFFICE.contains(head) && definite(tokens, cue.nameStart(), cue.nameEnd())) {
            // "Governor X said ... The official added": the person just quoted, named again by a role
            return new Speaker(lastPerson, Attribution.PRONOUN, 0.1);
        }
        return name == null ? null : new Speaker(name, Attribution.STATED, 0.0);
    }

    /** Nouns for anyone holding an office, unlike titles ("the governor") that name a new person. */
    private static final Set<String> ANY_OFFICE = Set.of("official", "leader");

    /** "the official", "the youth leader": "the", perhaps a modifier or two, before the noun ending the name. */
    private static boolean definite(List<Token> tokens, int start, int end) {
        for (int k = end - 2; k >= Math.max(0, start - 3); k--) {
            Token t = tokens.get(k);
            if (t.is("the")) {
                return true;
            }
            if (!t.isWord() || t.capitalized()) {
                return false;
            }
        }
        return false;
    }

    /** The last person's full name written in the sentence before {@code end}, or null. */
    private static String personNamedBefore(List<Token> tokens, int end, ClaimantNames names) {
        String found = null;
        int k = 0;
        boolean quoted = false;
        while (k < end) {
            quoted = tokens.get(k).isQuotationMark() ? !quoted || tokens.get(k).text().equals("“") : quoted;
            if (!tokens.get(k).capitalized() || tokens.get(k).allCaps() || quoted) {
                k++; // a person named inside the quotation is not the one who says it: "“... deputy X was hurt,” he added"
                continue;
            }
            int runEnd = k;
            while (runEnd < end && tokens.get(runEnd).capitalized() && !tokens.get(runEnd).allCaps()) {
                runEnd++;
            }
            if (runEnd - k >= 2 && runEnd - k <= 3 && !(k == 0 && Lexicon.OPENERS.contains(tokens.get(0).lower()))) {
                String name = names.claimant(tokens, k, runEnd);
                if (name != null && name.indexOf(' ') > 0 && ClaimantNames.isPerson(name)) {
                    found = name;
                }
            }
            k = runEnd;
        }
        return found;
    }

    /** Nouns by which an article names again a body that spoke, whatever kind of body it is. */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "organization", "organisation", "network", "movement",
            "coalition", "alliance");

    /** "the group", "the organisation": a reference with no word of which body it is. */
    private static boolean bareGroupReference(List<Token> tokens, int start, int end) {
        int determiner = end - start == 2 ? start : start - 1;
        return (end - start == 1 || end - start == 2) && determiner >= 0 && GROUP_NOUNS.contains(tokens.get(end - 1).lower())
                && tokens.get(determiner).is("the");
    }

    /** What any source issues, a person as well as a body. */
    private static final Set<String> ISSUED = Set.of("statement", "update", "briefing", "bulletin", "message", "post");

    /** "the statement", "this update": a reference to what somebody issued, with no word of who. */
    private static boolean issuedStatement(List<Token> tokens, int start, int end) {
        int noun = end - 1;
        int determiner = end - start == 2 ? start : start - 1;
        return (end - start == 1 || end - start == 2) && determiner >= 0 && ISSUED.contains(tokens.get(noun).lower())
                && (tokens.get(determiner).is("the") || tokens.get(determiner).is("this") || tokens.get(determiner).is("that"));
    }

    /** The source the article named last, person or organization. */
    String lastHeard() {
        return last;
    }

    void heard(Cue cue, List<Token> tokens, ClaimantNames names) {
        Speaker speaker = resolve(cue, tokens, names);
        if (speaker == null || speaker.how() != Attribution.STATED) {
            return;
        }
        last = speaker.name();
        heardNames.add(last);
        heardOrder.put(last, heardCount++);
        if (ClaimantNames.isPerson(speaker.name())) {
            lastPerson = speaker.name();
        } else {
            lastOrganization = speaker.name();
        }
    }

    /** A word or mark between two cues that sets a second statement against the first. */
    private static boolean contrasted(List<Token> tokens, int from, int to) {
        if (!tokens.isEmpty() && CONCEDING.contains(tokens.get(0).lower())) {
            // "While the ministry reported 37,877 deaths, the study estimates 64,260": the opening clause is set against
            // the main one, whose speaker is its own
            for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
                if (tokens.get(k).isPunct(',')) {
                    return true;
                }
            }
        }
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            Token t = tokens.get(k);
            if (t.is("but") || t.is("while") || t.is("whereas") || t.is("however") || t.isPunct(';')) {
                return true;
            }
        }
        return false;
    }

    /** Words opening a clause that concedes one statement before the main one: "While X said ..., Y says ...". */
    private static final Set<String> CONCEDING = Set.of("while", "whereas", "although", "though", "whilst");

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
                && (tokens.get(end).capitalized() || Lexicon.TITLES.contains(tokens.get(end).lower()) || insideName(tokens, end)
                        || Lexicon.DETERMINERS.contains(tokens.get(end).lower()) || SUBJECT_MODIFIERS.contains(tokens.get(end).lower())
                        || Lexicon.ORGANIZATION_WORDS.contains(tokens.get(end).lower()))) {
            end++;
        }
        if (end > start && !nameLike(tokens.get(start))) {
            return null; // "Three fighters were killed, it claimed", "At least ...": a count or an opener is no antecedent
        }
        if (end - start == 1 && commonNoun(tokens.get(start).lower())) {
            return null; // "Deaths have reached 23,000, it said": a noun capitalized as it opens the sentence names nobody
        }
        return end > start && (tokens.get(end - 1).capitalized() || Lexicon.ORGANIZATION_WORDS.contains(tokens.get(end - 1).lower()))
                ? new int[] { start, end } : null;
    }

    /**
     * A possessive or a linking word between capitalized words of one name: "Colombia's Commission for the
     * Clarification of Truth" is the commission, not Colombia.
     */
    private static boolean insideName(List<Token> tokens, int k) {
        if (k == 0 || k + 1 >= tokens.size() || !tokens.get(k - 1).capitalized()) {
            return false;
        }
        Token t = tokens.get(k);
        boolean linking = t.is("'s") || t.is("for") || t.is("of");
        int next = k + 1;
        if (linking && next + 1 < tokens.size() && tokens.get(next).is("the")) {
            next++;
        }
        return linking && tokens.get(next).capitalized() && !tokens.get(next).allCaps();
    }

    /** Nouns of what is counted or how, never a source's name: "Deaths", "Civilians", "Casualties", "Strikes". */
    private static boolean commonNoun(String word) {
        return Lexicon.CATEGORY_WORDS.containsKey(word) || Lexicon.MILITARY_WORDS.contains(word) || Lexicon.CIVILIAN_WORDS.contains(word)
                || Lexicon.EVERYONE_WORDS.contains(word) || Lexicon.WAR_WORDS.contains(word) || Lexicon.NOT_PEOPLE.contains(word)
                || COUNTED_EVENTS.contains(word);
    }

    private static final Set<String> COUNTED_EVENTS = Set.of("strikes", "attacks", "airstrikes", "bombings", "clashes",
            "shelling", "fighting", "tolls", "numbers", "totals", "bodies", "victims");

    /** Whether a sentence's first word can open a name: not a number, a number word, an opener or a quotation mark. */
    private static boolean nameLike(Token first) {
        return first.isWord() && !Figures.isNumberWord(first) && !(Lexicon.OPENERS.contains(first.lower())
                && !Lexicon.DETERMINERS.contains(first.lower()));
    }

    static String lastNamed(List<Cue> cues, List<Token> tokens, ClaimantNames names, Speakers speakers) {
        for (int c = cues.size() - 1; c >= 0; c--) {
            if (cues.get(c).named()) {
                Speaker speaker = speakers.resolve(cues.get(c), tokens, names);
                if (speaker != null) {
                    return speaker.name();
                }
            }
        }
        return null;
    }
}
