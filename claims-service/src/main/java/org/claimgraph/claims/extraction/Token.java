package org.claimgraph.claims.extraction;

import java.util.Locale;

/** A word, a number or one punctuation character of a text, with its character offsets in the whole text. */
record Token(Kind kind, String text, String lower, int start, int end) {

    enum Kind { WORD, NUMBER, PUNCT }

    static Token of(Kind kind, String text, int start, int end) {
        return new Token(kind, text, kind == Kind.WORD ? text.toLowerCase(Locale.ROOT) : text, start, end);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    /** A double quotation mark, straight or curly: '"', '“', '”'. */
    boolean isQuotationMark() {
        return isPunct('"') || isPunct('“') || isPunct('”');
    }

    /** Capitalized words start names: "Zelensky", "CSIS", "U.S.". */
    boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    boolean allCaps() {
        if (kind != Kind.WORD || text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
