package org.claimgraph.claims.extraction;

import java.util.List;
import java.util.Set;

import org.claimgraph.claims.claim.Qualifier;
import org.claimgraph.claims.extraction.Figures.Figure;

/**
 * One person named with "a"/"an" is a count of one where news counts people: "A 2-year-old girl was killed", "killed
 * a paramedic", "a ten-year-old child was killed". Up to five words may describe the
 * person ("a young Israeli reservist", "a 7-month-old baby"); the figure ends right before the noun, so that what it
 * counts is read as for any number. A person named in an aside ("including a child") is left to the figure it details.
 */
final class OnePerson {

    private OnePerson() {
    }

    /** Verbs that make a person who opens a clause a casualty: "A soldier was killed", "An aid worker died". */
    private static final Set<String> BEFALLEN = Set.of("was", "has", "had", "died", "dies", "perished");

    /** Casualty verbs whose object is the person counted: "killing a woman". */
    private static final Set<String> HARMED = Set.of("killed", "killing", "kills", "wounded", "wounding", "injured",
            "injuring", "abducted", "kidnapped", "shot");

    /** Words after which a reported clause opens: "said that a woman and her two children were among the dead". */
    private static final Set<String> REPORTED = Set.of("that", "said", "says");

    /** Words that open the parts of a count. */
    private static final Set<String> PARTS = Set.of("including", "included", "include", "includes", "among");

    /** Tokens that open a clause: the sentence start, a comma, a dash, a closing bracket or a colon. */
    private static boolean clauseOpens(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.isPunct(',') || before.isPunct('-') || before.isPunct('–') || before.isPunct('—') || before.isPunct(')')
                || before.isPunct(':');
    }

    /**
     * A person listed with other counts: "A soldier and six rebels were killed", "three soldiers and an officer were
     * killed", "a woman and her two children were among the dead". The list says its casualty word once, after it or
     * as the verb before it ("injured four soldiers and a civilian").
     */
    private static boolean listed(List<Token> tokens, int i, int noun, List<Figure> before) {
        boolean afterCount = false;
        if (i > 0 && tokens.get(i - 1).is("and") && !before.isEmpty()) {
            Figure last = before.get(before.size() - 1);
            afterCount = last.end() < i && i - 1 - last.end() <= 4;
            for (int k = last.end(); afterCount && k < i - 1; k++) {
                afterCount = peopleWord(tokens.get(k)); // the count's noun phrase, no verb of its own: "three soldiers"
            }
            if (afterCount && last.start() > 0 && HARMED.contains(tokens.get(last.start() - 1).lower())) {
                return true; // "injured four other soldiers and a civilian"
            }
        }
        boolean beforeCount = (clauseOpens(tokens, i) || i > 0 && REPORTED.contains(tokens.get(i - 1).lower())) && noun + 2 < tokens.size()
                && tokens.get(noun + 1).is("and") && countFollows(tokens, noun + 2);
        if (!afterCount && !beforeCount) {
            return false;
        }
        // the list's casualty word, within its clause
        for (int k = noun + 1; k < Math.min(tokens.size(), noun + 14); k++) {
            Token t = tokens.get(k);
            if (t.isPunct('.') || t.isPunct(';') || t.isPunct(',') || t.isPunct(':')) {
                return false;
            }
            if (t.isWord() && CasualtyWords.at(tokens, k) != null && !t.is("lost")) {
                return true;
            }
        }
        return false;
    }

    private static boolean peopleWord(Token t) {
        String w = t.lower();
        return t.isWord() && (Lexicon.MILITARY_WORDS.contains(w) || Lexicon.CIVILIAN_WORDS.contains(w)
                || Lexicon.EVERYONE_WORDS.contains(w) || Lexicon.NAME_MODIFIERS.contains(w) || Gazetteer.side(w) != null
                || t.is("men")
                || Figures.SINGULAR_PEOPLE.contains(w) && !t.is("was"));
    }

    /** A count starts at {@code k}: "six", "12", "her two", "a" or "an" and a person. */
    private static boolean countFollows(List<Token> tokens, int k) {
        if (k < tokens.size() && (tokens.get(k).is("her") || tokens.get(k).is("his") || tokens.get(k).is("their"))) {
            k++;
        }
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.isNumber() || Figures.isNumberWord(t) || (t.is("a") || t.is("an")) && personWithin(tokens, k);
    }

    private static boolean personWithin(List<Token> tokens, int article) {
        for (int k = article + 1; k <= article + 3 && k < tokens.size(); k++) {
            if (tokens.get(k).isWord() && Figures.SINGULAR_PEOPLE.contains(tokens.get(k).lower()) && !tokens.get(k).is("was")
                    && !tokens.get(k).is("other")) {
                return true;
            }
        }
        return false;
    }

    static Figure at(List<Token> tokens, int i) {
        return at(tokens, i, List.of());
    }

    static Figure at(List<Token> tokens, int i, List<Figure> before) {
        if (!(tokens.get(i).is("a") || tokens.get(i).is("an")) || i + 1 >= tokens.size()) {
            return null;
        }
        int noun = -1;
        for (int k = i + 1; k <= i + 6 && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (t.isWord() && Figures.SINGULAR_PEOPLE.contains(w) && !w.equals("was") && !w.equals("other") && !w.equals("crew")) {
                noun = k;
                break;
            }
            if (!(t.isWord() || t.isNumber() || t.isPunct('-')) || Lexicon.CATEGORY_WORDS.containsKey(w)
                    || Lexicon.CLAUSE_WORDS.contains(w) || BEFALLEN.contains(w)) {
                return null;
            }
        }
        if (noun < 0) {
            return null;
        }
        Token previous = i > 0 ? tokens.get(i - 1) : null;
        boolean counted = previous != null && HARMED.contains(previous.lower());
        // "two soldiers fled and a fighter was killed": "and" opens a clause of its own when the person has its own verb
        boolean opens = clauseOpens(tokens, i) || previous != null && (previous.is("and") || previous.is("while"));
        int head = noun; // "a civilian fighter": the person may be named in two words
        while (head + 1 < tokens.size() && Figures.SINGULAR_PEOPLE.contains(tokens.get(head + 1).lower())
                && !tokens.get(head + 1).is("was") && !tokens.get(head + 1).is("other")) {
            head++;
        }
        if (!counted && opens && head + 1 < tokens.size() && BEFALLEN.contains(tokens.get(head + 1).lower())) {
            for (int k = head + 1; k < Math.min(tokens.size(), head + 5); k++) {
                counted |= Lexicon.CATEGORY_WORDS.containsKey(tokens.get(k).lower()) && !tokens.get(k).is("lost");
            }
        }
        counted |= listed(tokens, i, noun, before) || joinedToACount(tokens, i, noun);
        return counted ? new Figure(i, i, noun, 1L, 1L, 1L, Qualifier.EXACT) : null;
    }

    /**
     * One person joined by "and" to a count of people: "A soldier and six rebels were killed", "three soldiers and an
     * officer were killed": one more of the people counted, whatever befell them is read as for the count.
     */
    private static boolean joinedToACount(List<Token> tokens, int i, int noun) {
        if (noun + 2 < tokens.size() && tokens.get(noun + 1).is("and") && clauseOpens(tokens, i)
                && (tokens.get(noun + 2).isNumber() || Figures.isNumberWord(tokens.get(noun + 2)))) {
            return true;
        }
        if (i >= 3 && tokens.get(i - 1).is("and") && Figures.SINGULAR_PEOPLE.contains(tokens.get(noun).lower())) {
            for (int k = i - 2; k >= Math.max(0, i - 6); k--) {
                if (PARTS.contains(tokens.get(k).lower())) {
                    return false; // "including seven children and a woman": a part of the count before, not one more
                }
            }
            for (int k = i - 3; k >= Math.max(0, i - 4); k--) {
                if (tokens.get(k).isNumber() || Figures.isNumberWord(tokens.get(k))) {
                    return Lexicon.MILITARY_WORDS.contains(tokens.get(i - 2).lower()) || Lexicon.CIVILIAN_WORDS.contains(tokens.get(i - 2).lower())
                            || Lexicon.EVERYONE_WORDS.contains(tokens.get(i - 2).lower());
                }
            }
        }
        return false;
    }
}
