package org.claimgraph.claims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries of an article: a full stop, question or exclamation mark before a capital, a quote or a digit,
 * unless it ends a known abbreviation or an initial; and line breaks, since headlines and captions stand on lines of
 * their own. A line that ends mid-sentence (a lower-case letter or comma, continued in lower case) is joined instead.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt",
            "maj", "adm", "gov", "sen", "rep", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "no", "vs", "etc", "approx", "est", "prof", "u.s", "u.k", "u.n", "e.g", "i.e", "jr", "sr", "inc",
            "corp", "co", "ltd", "fig", "vol", "pp", "ca");

    private Sentences() {
    }

    /** Start and end offsets of each sentence, without surrounding white space. */
    static List<int[]> split(String text) {
        List<int[]> sentences = new ArrayList<>();
        int length = text.length();
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!continuesOnNextLine(text, i)) {
                    add(sentences, text, start, i);
                    start = i + 1;
                }
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < length && isClosing(text.charAt(end))) {
                    end++;
                }
                if (end == i + 2 && end < length && text.charAt(i + 1) == '"' && !Character.isWhitespace(text.charAt(end))) {
                    end = i + 1; // the quotation mark opens the next sentence, written without a space
                }
                add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(sentences, text, start, length);
        return sentences;
    }

    private static boolean endsSentence(String text, int at) {
        int next = at + 1;
        while (next < text.length() && isClosing(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
            // "in serious condition.Magen David Adom said", "the ministry's claim.\"The number ..."
            return (next == at + 1 || next == at + 2 && text.charAt(at + 1) == '"') && missingSpace(text, at);
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next < text.length()) {
            char following = text.charAt(next);
            if (!(Character.isUpperCase(following) || Character.isDigit(following) || isOpening(following) || following == '\n'
                    || following == '\r')) {
                return false;
            }
        }
        if (text.charAt(at) != '.') {
            return true;
        }
        int wordStart = at;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, at).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart))) {
            return false; // an initial: "J. Smith"
        }
        return !ABBREVIATIONS.contains(word);
    }

    /**
     * Copied text often loses the space after a full stop: a lower-case word of three letters or more, the stop, then a
     * capitalized word ("condition.Magen") is two sentences; "News.Az", "U.S." and "gov.uk" are not.
     */
    private static boolean missingSpace(String text, int at) {
        int next = at + 1;
        if (next < text.length() && (text.charAt(next) == '“' || text.charAt(next) == '"')) {
            next++; // "the Defense Ministry's claim.“The number of injured ..."
        }
        if (text.charAt(at) != '.' || next + 1 >= text.length() || !Character.isUpperCase(text.charAt(next))
                || !Character.isLowerCase(text.charAt(next + 1))) {
            return false;
        }
        int letters = 0;
        for (int k = at - 1; k >= 0 && Character.isLetter(text.charAt(k)); k--) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
            letters++;
        }
        return letters >= 3;
    }

    private static boolean continuesOnNextLine(String text, int newline) {
        int before = newline - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\r' || text.charAt(before) == '\t')) {
            before--;
        }
        int after = newline + 1;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (before < 0 || after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r') {
            return false;
        }
        char last = text.charAt(before);
        char first = text.charAt(after);
        return (Character.isLowerCase(last) || last == ',' || last == '-') && Character.isLowerCase(first);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[';
    }

    private static void add(List<int[]> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new int[] { start, end });
        }
    }
}
