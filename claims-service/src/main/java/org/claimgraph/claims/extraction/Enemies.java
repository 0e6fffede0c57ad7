package org.claimgraph.claims.extraction;

import java.util.List;
import java.util.Set;

/**
 * Who a figure counts when it counts fighters: the speaker's enemy ("we killed 24", "203 militants"), or the speaker's
 * own ("its own losses", "rebel spokesman said five rebels were slain").
 */
final class Enemies {

    private Enemies() {
    }

    private static final Set<String> ENEMY_WORDS = Set.of("militants", "terrorists", "jihadists", "insurgents", "rebels",
            "gunmen", "attackers", "enemy", "enemy's", "assailants", "extremists", "bandits", "infiltrators", "guerrillas", "guerillas",
            "separatists", "tigers", "khwarij", "khawarij", "kharijites");

    /** "Rebel spokesman said five rebels were slain": the speaker is one of those counted, not their enemy. */
    static boolean speaksForThem(String speaker, List<Token> tokens, int from, int to) {
        List<String> nameWords = Referents.words(speaker);
        for (int k = Math.max(0, from - 3); k < Math.min(tokens.size(), to + 1); k++) {
            String w = tokens.get(k).lower();
            // the same word, singular or plural ("rebel", "insurgents'"), not one that shares its first letters:
            // "the military's media wing" does not speak for "militants"
            String stem = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (ENEMY_WORDS.contains(w) && w.length() >= 5 && nameWords.stream().anyMatch(n -> n.startsWith(stem))) {
                return true;
            }
        }
        return false;
    }

    /** "they had killed N", "we killed N", "it killed N": the speaker did the killing. */
    static boolean killedBySpeaker(List<Token> tokens, int figureStart) {
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

    static boolean mentionsWord(List<Token> tokens, int from, int to, String word) {
        for (int k = Math.max(0, from); k < Math.min(tokens.size(), to); k++) {
            if (tokens.get(k).is(word)) {
                return true;
            }
        }
        return false;
    }

    /** "its (own) losses", "their death toll", "our soldiers": a possessive pronoun before what the figure counts. */
    static boolean ownedBySpeaker(List<Token> tokens, int from, int to) {
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

    static boolean enemyWords(List<Token> tokens, int from, int to) {
        int back = from;
        while (back > Math.max(0, from - 3) && !(tokens.get(back - 1).is("and") || tokens.get(back - 1).isPunct(',')
                || tokens.get(back - 1).isNumber() || Lexicon.CLAUSE_WORDS.contains(tokens.get(back - 1).lower()))) {
            back--; // not across "five militants and two soldiers", "1,837 rebels while 107 soldiers": the other figure's
        }
        for (int k = back; k < Math.min(tokens.size(), to + 1); k++) {
            if (ENEMY_WORDS.contains(tokens.get(k).lower()) && !(k < from && harmsWhatFollows(tokens, k + 1, from))) {
                return true;
            }
        }
        return false;
    }

    static boolean wordIn(List<Token> tokens, int from, int to, Set<String> words) {
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
}
