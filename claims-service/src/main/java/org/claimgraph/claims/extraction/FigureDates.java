package org.claimgraph.claims.extraction;

import java.time.LocalDate;
import java.util.List;

import org.claimgraph.claims.extraction.Figures.Figure;
import org.claimgraph.common.graphql.DatePrecision;

/**
 * When a figure holds: the start of its period ("since February 24, 2022", "since the war began") and the date it is
 * given as of ("as of", "between ... and ...", "a January 2025 report").
 */
final class FigureDates {

    private FigureDates() {
    }

    static void readDates(List<Token> tokens, Figure figure, int lowerBound, int upperBound, LocalDate publishedOn,
            LocalDate warStart, FigureReading r) {
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
}
