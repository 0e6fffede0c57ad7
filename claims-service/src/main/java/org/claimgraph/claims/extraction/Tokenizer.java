package org.claimgraph.claims.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stretch of text into words, numbers and single punctuation characters. Keeps "U.S." as one word, splits
 * a possessive "’s" off as its own word, and reads "1,00,000" or "1.2" as one number.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int codeEnd = Character.isLetterOrDigit(c) ? codeEnd(text, i, to) : -1;
            if (codeEnd > 0) {
                tokens.add(Token.of(Token.Kind.WORD, text.substring(i, codeEnd), i, codeEnd));
                i = codeEnd;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < to) {
                    char d = text.charAt(end);
                    if (Character.isDigit(d)) {
                        end++;
                    } else if ((d == ',' || d == '.') && end + 1 < to && Character.isDigit(text.charAt(end + 1))) {
                        end += 2;
                    } else if ((d == ' ' || d == '\u00a0' || d == '\u202f') && spaceGroupFollows(text, i, end, to)) {
                        end += 4; // "1 071 000", "500 000": thousands grouped by spaces
                    } else {
                        break;
                    }
                }
                tokens.add(Token.of(Token.Kind.NUMBER, text.substring(i, end), i, end));
                i = end;
            } else if (Character.isLetter(c)) {
                int end = abbreviationEnd(text, i, to);
                if (end < 0) {
                    end = i + 1;
                    while (end < to) {
                        char d = text.charAt(end);
                        if (Character.isLetter(d)) {
                            end++;
                        } else if (isApostrophe(d) && end + 1 < to && Character.isLetter(text.charAt(end + 1))
                                && !isPossessive(text, end, to)) {
                            end += 2; // don't, o'clock
                        } else {
                            break;
                        }
                    }
                }
                tokens.add(Token.of(Token.Kind.WORD, text.substring(i, end), i, end));
                i = end;
            } else if (isApostrophe(c) && isPossessive(text, i, to) && !tokens.isEmpty() && tokens.get(tokens.size() - 1).end() == i) {
                tokens.add(Token.of(Token.Kind.WORD, "'s", i, i + 2));
                i += 2;
            } else {
                tokens.add(Token.of(Token.Kind.PUNCT, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** A space then exactly three digits, after a first group of at most three digits with no other separator. */
    private static boolean spaceGroupFollows(String text, int numberStart, int at, int to) {
        if (at + 4 > to || !Character.isDigit(text.charAt(at + 1)) || !Character.isDigit(text.charAt(at + 2))
                || !Character.isDigit(text.charAt(at + 3)) || at + 4 < to && Character.isLetterOrDigit(text.charAt(at + 4))) {
            return false;
        }
        String soFar = text.substring(numberStart, at);
        int firstGroup = soFar.indexOf(' ') < 0 ? soFar.length() : soFar.indexOf(' ');
        return firstGroup <= 3 && soFar.chars().noneMatch(c -> c == ',' || c == '.');
    }

    /**
     * End of an identifier such as a UUID, a serial number or a weapon's name ("f9e55a59-e13b-4866-9702-…", "F-16",
     * "Kh-101") starting at {@code at}, or -1. An identifier is hyphen-joined letters and digits in which a part mixes
     * letters and digits ("e13b"; not "70k" or "24th", which are figures and ordinals), capitalised letters come before
     * digits that are not a year ("F-16", not "Feb-2023" or "mid-2024"), or three or more hyphens join parts with
     * digits. Its digits are not figures. "193-member", "50-70k", "state-of-the-art" and dates stay as they are.
     */
    private static int codeEnd(String text, int at, int to) {
        if (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '-')) {
            return -1; // inside a run already read
        }
        int runEnd = at;
        while (runEnd < to && Character.isLetterOrDigit(text.charAt(runEnd))) {
            runEnd++;
        }
        if (runEnd + 1 >= to || text.charAt(runEnd) != '-' || !Character.isLetterOrDigit(text.charAt(runEnd + 1))) {
            return -1; // no hyphen: an ordinary word or number, the common case, read without allocating anything
        }
        int end = at;
        int partStart = at;
        int hyphens = 0;
        boolean digits = false;
        boolean identifierPart = false;
        String previousPart = null;
        while (true) {
            boolean partEnds = end >= to || !Character.isLetterOrDigit(text.charAt(end));
            if (partEnds) {
                String part = text.substring(partStart, end);
                digits |= part.chars().anyMatch(Character::isDigit);
                identifierPart |= mixesLettersAndDigits(part) || previousPart != null && capitalisedLetters(previousPart) && isNumberNotYear(part);
                previousPart = part;
                if (end + 1 < to && text.charAt(end) == '-' && Character.isLetterOrDigit(text.charAt(end + 1))) {
                    hyphens++;
                    end++;
                    partStart = end;
                    continue;
                }
                break;
            }
            end++;
        }
        return hyphens > 0 && (identifierPart || hyphens >= 3 && digits) ? end : -1;
    }

    private static final java.util.regex.Pattern FIGURE_OR_ORDINAL = java.util.regex.Pattern.compile(
            "\\d+(?i:k|m|bn|mn|st|nd|rd|th|s)");

    private static boolean mixesLettersAndDigits(String part) {
        return part.chars().anyMatch(Character::isLetter) && part.chars().anyMatch(Character::isDigit)
                && !FIGURE_OR_ORDINAL.matcher(part).matches();
    }

    private static boolean capitalisedLetters(String part) {
        return !part.isEmpty() && part.chars().allMatch(Character::isLetter) && Character.isUpperCase(part.charAt(0));
    }

    private static boolean isNumberNotYear(String part) {
        return !part.isEmpty() && part.chars().allMatch(Character::isDigit)
                && !(part.length() == 4 && (part.startsWith("19") || part.startsWith("20")));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** "’s" followed by a non-letter. */
    private static boolean isPossessive(String text, int at, int to) {
        return at + 1 < to && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S')
                && (at + 2 >= to || !Character.isLetter(text.charAt(at + 2)));
    }

    /** End of an initialism like "U.S." or "e.g." starting at {@code at}, or -1. */
    private static int abbreviationEnd(String text, int at, int to) {
        int i = at;
        int letters = 0;
        while (i + 1 < to && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.'
                && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)) || i + 3 >= to || text.charAt(i + 3) == '.')) {
            i += 2;
            letters++;
            if (i >= to || !Character.isLetter(text.charAt(i))) {
                break;
            }
        }
        return letters >= 2 ? i : -1;
    }
}
