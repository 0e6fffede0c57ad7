package org.claimgraph.claims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimgraph.claims.claim.Qualifier;

/**
 * Finds the figures of a sentence: numbers in digits ("55,000", "1,00,000", "1.2 million", "55k") or words ("thirty
 * thousand", "a quarter of a million"), ranges ("between 500,000 and 600,000", "600,000 to 700,000", "50,000-70,000")
 * and the qualifier in front ("over", "up to", "about") or behind ("or more"). Leaves out what is not a count of people:
 * years and dates, percentages, temperatures, money, labels ("Resolution 2334") and compounds ("193-member").
 */
final class Figures {

    /**
     * A figure: tokens [start, end) including its qualifier, the number itself from {@code numberStart}.
     * low/best/high follow UCDP's convention.
     */
    record Figure(int start, int numberStart, int end, Long low, Long best, Long high, Qualifier qualifier) {
    }

    private record Number(double mantissa, long scale, boolean explicitScale, boolean digits, boolean decimal, int start, int end) {
        Long value() {
            double v = mantissa * scale;
            long rounded = Math.round(v);
            return Math.abs(v - rounded) < 1e-6 && rounded > 0 ? rounded : null;
        }
    }

    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L, "billion",
            1_000_000_000L, "lakh", 100_000L, "lakhs", 100_000L, "crore", 10_000_000L, "crores", 10_000_000L);
    private static final Map<String, Long> SUFFIX_SCALES = Map.of("k", 1_000L, "m", 1_000_000L, "mn", 1_000_000L, "bn",
            1_000_000_000L);
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60,
            "seventy", 70, "eighty", 80, "ninety", 90);

    /** Qualifier phrases, matched against the words right before the number; longer phrases first. */
    private static final List<Map.Entry<String[], Qualifier>> PREFIXES = new ArrayList<>();
    static {
        prefix(Qualifier.AT_LEAST, "a low estimate of", "a conservative estimate of", "a minimum of", "no fewer than",
                "no less than", "in excess of", "upwards of", "more than", "at least", "over", "above", "exceeding",
                "surpassing", "beyond");
        // a count that goes past a mark says the mark is its lower bound: "the toll surpassed 15,200", "has topped 1,000"
        prefix(Qualifier.AT_LEAST, "surpassed", "surpasses", "surpass", "exceeded", "exceeds", "exceed", "topped", "tops",
                "crossed", "crosses", "passed", "passes", "pass", "north of");
        prefix(Qualifier.AT_MOST, "a maximum of", "no more than", "as many as", "as much as", "fewer than", "less than",
                "at most", "up to", "under", "below", "as high as");
        prefix(Qualifier.APPROXIMATELY, "an estimated", "close to", "quickly reaching", "approximately", "approx", "about",
                "around", "roughly", "some", "nearly", "almost", "reaching", "nearing", "approaching", "circa", "estimated",
                "an approximate", "a reported");
        PREFIXES.sort((a, b) -> b.getKey().length - a.getKey().length);
    }

    private static void prefix(Qualifier qualifier, String... phrases) {
        for (String phrase : phrases) {
            PREFIXES.add(Map.entry(phrase.split(" "), qualifier));
        }
    }

    private Figures() {
    }

    static List<Figure> find(List<Token> tokens) {
        List<Figure> figures = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Figure dozen = aDozen(tokens, i);
            if (dozen == null) {
                dozen = anotherOne(tokens, i, figures);
            }
            if (dozen == null) {
                dozen = OnePerson.at(tokens, i, figures);
            }
            if (dozen != null) {
                figures.add(dozen);
                i = dozen.end();
                continue;
            }
            Figure swap = oneForOne(tokens, i);
            if (swap != null) {
                figures.add(swap);
                i = swap.end();
                continue;
            }
            Number first = number(tokens, i);
            if (first == null) {
                i++;
                continue;
            }
            Figure figure = figure(tokens, first);
            if (figure != null) {
                figures.add(figure);
                i = figure.end();
            } else {
                i = first.end();
            }
        }
        return figures;
    }

    /**
     * "a dozen passengers": about twelve; "more than a dozen", "nearly a dozen" take their qualifier. "dozens" names no
     * number and is no figure.
     */
    private static Figure aDozen(List<Token> tokens, int i) {
        if (!(tokens.get(i).is("a") && i + 1 < tokens.size() && tokens.get(i + 1).is("dozen"))) {
            return null;
        }
        for (Map.Entry<String[], Qualifier> prefix : PREFIXES) {
            String[] words = prefix.getKey();
            if (endsWith(tokens, i, words)) {
                int start = i - words.length;
                return switch (prefix.getValue()) {
                    case AT_LEAST -> new Figure(start, i, i + 2, 12L, null, null, Qualifier.AT_LEAST);
                    case AT_MOST -> new Figure(start, i, i + 2, null, null, 12L, Qualifier.AT_MOST);
                    default -> new Figure(start, i, i + 2, 12L, 12L, 12L, Qualifier.APPROXIMATELY);
                };
            }
        }
        return new Figure(i, i, i + 2, 12L, 12L, 12L, Qualifier.APPROXIMATELY);
    }

    /** "a 307-for-307 swap": as many released by each side, one figure that {@link #isOneForOne} tells apart. */
    private static Figure oneForOne(List<Token> tokens, int i) {
        if (i + 4 >= tokens.size() || !tokens.get(i).isNumber() || !tokens.get(i + 1).isPunct('-') || !tokens.get(i + 2).is("for")
                || !tokens.get(i + 3).isPunct('-') || !tokens.get(i + 4).text().equals(tokens.get(i).text())) {
            return null;
        }
        Number n = digits(tokens, i);
        Long value = n == null ? null : n.value();
        return value == null ? null : new Figure(i, i, i + 5, value, value, value, Qualifier.EXACT);
    }

    /** Whether the figure is written "N-for-N". */
    static boolean isOneForOne(List<Token> tokens, Figure figure) {
        return figure.end() - figure.numberStart() == 5 && tokens.get(figure.numberStart() + 2).is("for");
    }

    /**
     * "one soldier was killed and another injured": after a count of one, "another" before a casualty word is one more.
     * A breakdown by place or group goes on the same way after any count: "two medics, one in Tyre and another in
     * Sidon", "six rescuers with the Scouts and another with the Health Committee".
     */
    private static Figure anotherOne(List<Token> tokens, int i, List<Figure> before) {
        if (!tokens.get(i).is("another") || i + 1 >= tokens.size() || before.isEmpty()) {
            return null;
        }
        Token next = tokens.get(i + 1);
        boolean afterOne = Long.valueOf(1).equals(before.get(before.size() - 1).best());
        // placed ("and another in Sidon") only after a count of one, lest "and another in March" count the next attack
        if (i > 0 && tokens.get(i - 1).is("and") && (next.is("with") || next.is("from")
                || afterOne && (next.is("in") || next.is("at")))) {
            return new Figure(i, i, i + 1, 1L, 1L, 1L, Qualifier.EXACT);
        }
        if (!afterOne) {
            return null;
        }
        return Lexicon.CATEGORY_WORDS.containsKey(next.lower()) || SINGULAR_PEOPLE.contains(next.lower()) && !next.is("was")
                && !next.is("other") ? new Figure(i, i, i + 1, 1L, 1L, 1L, Qualifier.EXACT) : null;
    }

    /** Prepositions that place or group the parts of a breakdown: "one in Tyre", "another with the Scouts". */
    private static final java.util.Set<String> BREAKDOWN_PREPOSITIONS = java.util.Set.of("in", "at", "with", "from");

    /** "including one in Borj Rahal": one person of the count before, placed. */
    private static boolean onePlaced(List<Token> tokens, int one, int end) {
        return one > 0 && tokens.get(one - 1).is("including") && end < tokens.size()
                && BREAKDOWN_PREPOSITIONS.contains(tokens.get(end).lower());
    }

    private static Figure figure(List<Token> tokens, Number first) {
        int end = first.end();
        Number second = null;
        boolean between = first.start() > 0 && tokens.get(first.start() - 1).is("between");
        boolean from = first.start() > 0 && tokens.get(first.start() - 1).is("from");
        // "the number of fatalities increased from 63 to 92": two counts in time, not a range
        boolean change = from && first.start() > 1 && CHANGES.contains(tokens.get(first.start() - 2).lower());
        if (end + 1 < tokens.size() && !change) {
            Token link = tokens.get(end);
            boolean rangeLink = link.is("to") || link.isPunct('-') || link.isPunct('–') || link.isPunct('—')
                    || (between && link.is("and"));
            if (rangeLink) {
                second = number(tokens, end + 1);
            } else if (link.is("or")) {
                // "eleven or 12 people", "two or three soldiers": a guess between two near numbers, not two counts
                Number other = number(tokens, end + 1);
                Long a = first.value();
                Long b = other == null ? null : other.value();
                second = a != null && b != null && b > a && b <= 2 * a && first.scale() == other.scale() ? other : null;
            }
        }
        Number low = first;
        if (second != null) {
            if (!first.explicitScale() && second.explicitScale() && first.mantissa() < 1000) {
                // "600 to 700 million" shares its scale; "500 000 to a million" has its own
                low = new Number(first.mantissa(), second.scale(), true, first.digits(), first.decimal(), first.start(), first.end());
            }
            Long lowValue = low.value();
            Long highValue = second.value();
            if (lowValue == null || highValue == null || lowValue >= highValue || notACount(tokens, first.start(), second)) {
                return null;
            }
            int start = between || from ? first.start() - 1 : first.start();
            return new Figure(start, first.start(), second.end(), lowValue, null, highValue, Qualifier.RANGE);
        }
        if (between) {
            return null; // "between 2022 and" ... not a range of figures
        }
        Long value = first.value();
        if (value == null || notACount(tokens, first.start(), first)) {
            return null;
        }
        int start = first.start();
        Qualifier qualifier = Qualifier.EXACT;
        for (Map.Entry<String[], Qualifier> prefix : PREFIXES) {
            String[] words = prefix.getKey();
            if (endsWith(tokens, first.start(), words)) {
                qualifier = prefix.getValue();
                start = first.start() - words.length;
                break;
            }
        }
        end = first.end();
        if (end + 1 < tokens.size() && tokens.get(end).is("or") && tokens.get(end + 1).is("more")) {
            qualifier = Qualifier.AT_LEAST;
            end += 2;
        } else if (end < tokens.size() && (tokens.get(end).is("plus") || tokens.get(end).isPunct('+'))) {
            qualifier = Qualifier.AT_LEAST;
            end += 1;
        } else if (end + 1 < tokens.size() && tokens.get(end).isPunct('-') && tokens.get(end + 1).is("plus")) {
            qualifier = Qualifier.AT_LEAST;
            end += 2;
        }
        return switch (qualifier) {
            case AT_LEAST -> new Figure(start, first.start(), end, value, null, null, qualifier);
            case AT_MOST -> new Figure(start, first.start(), end, null, null, value, qualifier);
            default -> new Figure(start, first.start(), end, value, value, value, qualifier);
        };
    }

    private static boolean endsWith(List<Token> tokens, int before, String[] words) {
        if (before < words.length) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(before - words.length + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when the number at [start, last.end) is a year, a date, a share, a temperature, money or a label. */
    private static boolean notACount(List<Token> tokens, int start, Number last) {
        Token first = tokens.get(start);
        if (start > 0) {
            Token before = tokens.get(start - 1);
            if (before.kind() == Token.Kind.PUNCT && "$€£₴₽¥".indexOf(before.text().charAt(0)) >= 0) {
                return true; // money
            }
            if ((before.isPunct('-') || before.isPunct('−')) && before.end() == first.start()
                    && (start < 2 || tokens.get(start - 2).end() < before.start())) {
                return true; // a negative number, such as a temperature: "-20°C"
            }
            if (before.isWord() && before.end() == first.start()) {
                return true; // part of a code: "R53", "MiG29"
            }
            if (before.isWord() && (Lexicon.MONTHS.containsKey(before.lower()) || Lexicon.LABEL_WORDS.contains(before.lower())
                    || before.is("minus"))) {
                return true; // "February 24", "Resolution 2334", "minus 20"
            }
            if (before.isPunct('#') || before.isPunct('№')) {
                return true;
            }
            if (before.isPunct(':') && start >= 2 && tokens.get(start - 2).isNumber() && before.end() == first.start()) {
                return true; // "3:53 a.m."
            }
            if (before.isPunct('.') && start >= 2 && Lexicon.MONTHS.containsKey(tokens.get(start - 2).lower())) {
                return true; // "Oct. 7"
            }
            if (start >= 3 && (before.is("to") || before.is("and") || before.is("through") || before.isPunct('-') || before.isPunct('–'))
                    && tokens.get(start - 2).isNumber() && Lexicon.MONTHS.containsKey(tokens.get(start - 3).lower())) {
                return true; // "from January 26 to 30"
            }
            if (before.is("every")) {
                return true; // "out of every ten people killed"
            }
            for (int k = Math.max(1, start - 12); k < start - 1; k++) {
                if (tokens.get(k).is("every") && tokens.get(k - 1).is("of")
                        && (isNumberWord(tokens.get(k + 1)) || tokens.get(k + 1).isNumber())) {
                    return true; // "out of every ten people killed, eight were civilians": a proportion
                }
            }
            if (start >= 2 && before.is("of") && tokens.get(start - 2).is("out")) {
                return true; // "eight out of ten"
            }
            for (int k = Math.max(0, start - 4); k < start; k++) {
                if (tokens.get(k).is("population") || tokens.get(k).is("populations")) {
                    return true; // "cities with populations of less than 100,000"
                }
            }
        }
        int after = last.end();
        if (backReference(tokens, start, after)) {
            return true;
        }
        if (after + 1 < tokens.size() && tokens.get(after).is("out") && tokens.get(after + 1).is("of")) {
            return true; // "eight out of ten"
        }
        if (after < tokens.size()) {
            Token next = tokens.get(after);
            if (next.isPunct('%') || next.isPunct('°') || next.isPunct(':') && after + 1 < tokens.size()
                    && tokens.get(after + 1).isNumber() && tokens.get(after + 1).start() == next.end()) {
                return true;
            }
            if (next.isWord() && (next.is("percent") || next.is("pc") || next.is("per") && after + 1 < tokens.size()
                    && tokens.get(after + 1).is("cent") || Lexicon.MONTHS.containsKey(next.lower()) && last.digits()
                    && !last.explicitScale() || next.is("degrees") || Lexicon.CURRENCY_WORDS.contains(next.lower())
                    || next.is("st") || next.is("nd") || next.is("rd") || next.is("th") || next.is("bc") || next.is("ad")
                    || next.is("gmt") || next.is("utc") || next.is("am") || next.is("pm") || next.is("a.m.") || next.is("p.m.")
                    || next.is("a.m") || next.is("p.m") || next.is("kg") || next.is("km")
                    || next.is("mph") || next.is("mm") || next.is("cm"))) {
                return true;
            }
            if (next.isWord() && next.start() == tokens.get(after - 1).end() && !last.explicitScale()) {
                return true; // "24th", "3rd", "5G"
            }
            if ((next.isPunct('-') || next.isPunct('‑')) && after + 1 < tokens.size() && tokens.get(after + 1).isWord()
                    && next.start() == tokens.get(after - 1).end() && tokens.get(after + 1).start() == next.end()
                    && !tokens.get(after + 1).is("plus")) {
                return true; // "193-member", "100-strong", "10-year"
            }
        }
        if (last.digits() && !last.explicitScale() && last.start() == last.end() - 1) {
            String text = tokens.get(last.start()).text();
            if (text.length() == 4 && text.indexOf(',') < 0 && text.indexOf('.') < 0) {
                int year = Integer.parseInt(text);
                if (year >= 1800 && year <= 2100) {
                    return true; // a year
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "all", "those", "these");

    /**
     * "killing the five", "the families of all five have been notified": a number standing alone after a definite word
     * points back at people counted before, it counts nobody new.
     */
    private static boolean backReference(List<Token> tokens, int start, int after) {
        if (start == 0 || !tokens.get(start - 1).isWord() || !DEFINITE.contains(tokens.get(start - 1).lower())) {
            return false;
        }
        if (after >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(after);
        return next.kind() == Token.Kind.PUNCT && !next.isPunct('-') && !next.isPunct('–') && !next.isPunct('(')
                || next.isWord() && Lexicon.AUXILIARIES.contains(next.lower());
    }

    private static final java.util.Set<String> CHANGES = java.util.Set.of("increased", "rose", "risen", "grew", "climbed",
            "jumped", "fell", "dropped", "decreased", "declined", "soared", "surged", "went", "up", "down");

    /** "Two", "twenty": a number written as a word. */
    static boolean isNumberWord(Token t) {
        return t.isWord() && (UNITS.containsKey(t.lower()) || TENS.containsKey(t.lower()));
    }

    /** Singular words for a person, or a casualty word, that make "one" a count: "one soldier", "one dead". */
    private static boolean oneOfUs(Token next) {
        String w = next.lower();
        return SINGULAR_PEOPLE.contains(w) || Lexicon.CATEGORY_WORDS.containsKey(w) && !w.equals("lives") && !w.equals("loss");
    }

    /** "one of its soldiers", "one of the civilians": one person of a group of people. */
    private static boolean oneOfThePeople(List<Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !tokens.get(at).is("of")) {
            return false;
        }
        Token owner = tokens.get(at + 1);
        if (owner.is("whom") || owner.is("them")) {
            // "injuring five, one of whom is in serious condition": one of those just counted, if something befell them
            for (int k = at + 2; k < Math.min(tokens.size(), at + 8) && !tokens.get(k).isPunct(','); k++) {
                if (CasualtyWords.at(tokens, k) != null) {
                    return true;
                }
            }
            return false;
        }
        String people = tokens.get(at + 2).lower();
        return (owner.is("its") || owner.is("their") || owner.is("our") || owner.is("the") || owner.is("his") || owner.is("her"))
                && (Lexicon.MILITARY_WORDS.contains(people) || Lexicon.CIVILIAN_WORDS.contains(people));
    }

    static final java.util.Set<String> SINGULAR_PEOPLE = java.util.Set.of("person", "civilian", "soldier",
            "child", "woman", "man", "boy", "girl", "officer", "fighter", "journalist", "paramedic", "medic", "policeman",
            "serviceman", "hostage", "prisoner", "resident", "worker", "member", "teenager", "baby", "infant", "student",
            "militant", "crew", "pilot", "guard", "doctor", "nurse", "volunteer", "was", "other", "lieutenant", "captain",
            "sergeant", "corporal", "colonel", "trooper", "gendarme", "marine", "sailor", "reservist", "conscript",
            "peacekeeper", "villager", "farmer", "rebel", "insurgent", "guerrilla", "policewoman");

    /** The number starting at token {@code i}, or null. */
    private static Number number(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.isNumber()) {
            return digits(tokens, i);
        }
        if (token.isWord()) {
            return words(tokens, i);
        }
        return null;
    }

    private static Number digits(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String text = token.text().replace(' ', ',').replace('\u00a0', ',').replace('\u202f', ',');
        boolean decimal = false;
        double mantissa;
        if (text.indexOf(',') >= 0) {
            if (!validGrouping(text)) {
                return null;
            }
            mantissa = Long.parseLong(text.replace(",", ""));
        } else if (text.indexOf('.') >= 0) {
            if (text.indexOf('.') != text.lastIndexOf('.')) {
                return null;
            }
            decimal = true;
            mantissa = Double.parseDouble(text);
        } else {
            if (text.length() > 12) {
                return null;
            }
            mantissa = Long.parseLong(text);
        }
        int end = i + 1;
        long scale = 1;
        boolean explicitScale = false;
        if (end < tokens.size()) {
            Token next = tokens.get(end);
            if (next.isWord() && next.start() == token.end() && SUFFIX_SCALES.containsKey(next.lower())) {
                scale = SUFFIX_SCALES.get(next.lower());
                explicitScale = true;
                end++;
            } else if (next.isWord() && SCALES.containsKey(next.lower())) {
                scale = SCALES.get(next.lower());
                explicitScale = true;
                end++;
            }
        }
        if (decimal && !explicitScale && !rangeFollows(tokens, end)) {
            return null; // "1.5" alone is no head count
        }
        return new Number(mantissa, scale, explicitScale, true, decimal, i, end);
    }

    private static boolean rangeFollows(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && (tokens.get(at).is("to") || tokens.get(at).isPunct('-') || tokens.get(at).isPunct('–'))
                && tokens.get(at + 1).isNumber();
    }

    /** "55,000" and the Indian "1,00,000"; not "1,2" or "12,34". */
    private static boolean validGrouping(String text) {
        String[] groups = text.split(",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 || groups[groups.length - 1].length() != 3) {
            return false;
        }
        boolean western = true;
        boolean indian = true;
        for (int g = 1; g < groups.length; g++) {
            western &= groups[g].length() == 3;
            indian &= g == groups.length - 1 ? groups[g].length() == 3 : groups[g].length() == 2;
        }
        return western || indian && groups[0].length() <= 2;
    }

    /** Numbers in words: "thirty thousand", "two hundred and fifty", "half a million", "a quarter of a million". */
    private static Number words(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String w = token.lower();
        int size = tokens.size();
        // fractions of a scale: "half a million", "a quarter of a million", "quarter million"
        int k = i;
        if (w.equals("a") || w.equals("an")) {
            k++;
        }
        if (k < size && (tokens.get(k).is("half") || tokens.get(k).is("quarter"))) {
            double fraction = tokens.get(k).is("half") ? 0.5 : 0.25;
            int j = k + 1;
            if (j < size && tokens.get(j).is("of")) {
                j++;
            }
            if (j < size && (tokens.get(j).is("a") || tokens.get(j).is("an"))) {
                j++;
            }
            if (j < size && SCALES.containsKey(tokens.get(j).lower()) && !tokens.get(j).is("thousand")) {
                return new Number(fraction, SCALES.get(tokens.get(j).lower()), true, false, false, i, j + 1);
            }
            return null;
        }
        if ((w.equals("a") || w.equals("an")) && i + 1 < size
                && (SCALES.containsKey(tokens.get(i + 1).lower()) || tokens.get(i + 1).is("hundred"))) {
            return wordsFrom(tokens, i + 1, i, 1);
        }
        if (!UNITS.containsKey(w) && !TENS.containsKey(w)) {
            return null;
        }
        return wordsFrom(tokens, i, i, 0);
    }

    private static Number wordsFrom(List<Token> tokens, int from, int start, long implicitOne) {
        long total = 0;
        long current = implicitOne;
        boolean scaled = false;
        long lastScale = 1;
        boolean any = false;
        int end = from;
        int j = from;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            String w = t.lower();
            if (UNITS.containsKey(w)) {
                current += UNITS.get(w);
            } else if (TENS.containsKey(w)) {
                current += TENS.get(w);
                if (j + 2 < tokens.size() && tokens.get(j + 1).isPunct('-') && UNITS.containsKey(tokens.get(j + 2).lower())
                        && UNITS.get(tokens.get(j + 2).lower()) < 10) {
                    current += UNITS.get(tokens.get(j + 2).lower());
                    j += 2;
                }
            } else if (w.equals("hundred") && (any || implicitOne > 0)) {
                current = Math.max(current, 1) * 100;
            } else if (SCALES.containsKey(w) && (any || implicitOne > 0) && t.isWord()) {
                total += Math.max(current, 1) * SCALES.get(w);
                lastScale = SCALES.get(w);
                current = 0;
                scaled = true;
            } else if (w.equals("and") && any && j + 1 < tokens.size() && (UNITS.containsKey(tokens.get(j + 1).lower())
                    || TENS.containsKey(tokens.get(j + 1).lower()))
                    && (tokens.get(j - 1).is("hundred") || SCALES.containsKey(tokens.get(j - 1).lower()))) {
                // "two hundred and fifty", "a thousand and six"; not "five and seven", two counts
                j++;
                continue;
            } else {
                break;
            }
            any = true;
            j++;
            end = j;
        }
        long value = total + current;
        if (!any || value < 2 && !scaled && !(value == 1 && end < tokens.size() && (oneOfUs(tokens.get(end)) || oneOfThePeople(tokens, end)
                || onePlaced(tokens, start, end)
                || end + 1 < tokens.size() && Gazetteer.side(tokens.get(end).lower()) != null && oneOfUs(tokens.get(end + 1))))) {
            return null; // "one" counts only as "one civilian", "one dead": not "one of them", "one day"
        }
        double mantissa = value;
        long scale = 1;
        if (scaled && current == 0) {
            scale = lastScale;
            mantissa = (double) value / lastScale;
        }
        if (end < tokens.size() && tokens.get(end).isPunct('-') && end + 1 < tokens.size()
                && tokens.get(end + 1).isWord() && !UNITS.containsKey(tokens.get(end + 1).lower())) {
            return null; // "one-fifth", "two-thirds"
        }
        return new Number(mantissa, scale, scaled, false, false, start, end);
    }
}
