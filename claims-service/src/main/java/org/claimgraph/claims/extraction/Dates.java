package org.claimgraph.claims.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.claimgraph.common.graphql.DatePrecision;

/**
 * Dates in a sentence: "February 24, 2022" and "24 February 2022" (DAY), "February 2025" (MONTH), "2022" (YEAR),
 * "February 24" or "October" (the year taken from the publication date), and "last month", "last week", "last year",
 * "yesterday" relative to the publication date. A date that needs the publication date is dropped without it.
 */
final class Dates {

    record Date(LocalDate date, DatePrecision precision, int start, int end) {
    }

    private Dates() {
    }

    /** The date starting at token {@code i}, or null. */
    static Date at(List<Token> tokens, int i, LocalDate publishedOn) {
        Token t = tokens.get(i);
        int size = tokens.size();
        if (t.isWord() && Lexicon.MONTHS.containsKey(t.lower()) && (t.capitalized() || t.lower().length() > 3)) {
            if (t.is("may") && !t.capitalized()) {
                return null;
            }
            int month = Lexicon.MONTHS.get(t.lower());
            int j = i + 1;
            if (j < size && tokens.get(j).isPunct('.')) {
                j++;
            }
            Integer day = null;
            if (j < size && tokens.get(j).isNumber() && isDay(tokens.get(j).text())) {
                day = Integer.parseInt(tokens.get(j).text());
                j++;
                if (j < size && (tokens.get(j).is("st") || tokens.get(j).is("nd") || tokens.get(j).is("rd") || tokens.get(j).is("th"))) {
                    j++;
                }
                if (j < size && tokens.get(j).isPunct(',')) {
                    j++;
                }
            }
            Integer year = j < size ? year(tokens.get(j)) : null;
            if (year != null) {
                j++;
            } else if (day != null && tokens.get(j - 1).isPunct(',')) {
                j--;
            }
            return date(year, month, day, publishedOn, i, j);
        }
        if (t.isNumber() && isDay(t.text()) && i + 1 < size && tokens.get(i + 1).isWord()
                && Lexicon.MONTHS.containsKey(tokens.get(i + 1).lower()) && tokens.get(i + 1).capitalized()) {
            int day = Integer.parseInt(t.text());
            int month = Lexicon.MONTHS.get(tokens.get(i + 1).lower());
            Integer year = i + 2 < size ? year(tokens.get(i + 2)) : null;
            return date(year, month, day, publishedOn, i, year == null ? i + 2 : i + 3);
        }
        Integer year = year(t);
        if (year != null) {
            return new Date(LocalDate.of(year, 1, 1), DatePrecision.YEAR, i, i + 1);
        }
        if (publishedOn != null && t.isWord()) {
            if (t.is("yesterday")) {
                return new Date(publishedOn.minusDays(1), DatePrecision.DAY, i, i + 1);
            }
            if ((t.is("last") || t.is("this")) && i + 1 < size) {
                boolean last = t.is("last");
                Token unit = tokens.get(i + 1);
                if (unit.is("month")) {
                    LocalDate month = (last ? publishedOn.minusMonths(1) : publishedOn).withDayOfMonth(1);
                    return new Date(month, DatePrecision.MONTH, i, i + 2);
                }
                if (unit.is("year")) {
                    return new Date((last ? publishedOn.minusYears(1) : publishedOn).withDayOfYear(1), DatePrecision.YEAR, i, i + 2);
                }
                if (unit.is("week")) {
                    return new Date(last ? publishedOn.minusWeeks(1) : publishedOn, DatePrecision.DAY, i, i + 2);
                }
                if (last && Lexicon.WEEKDAYS.contains(unit.lower())) {
                    LocalDate day = publishedOn.minusDays(1);
                    while (!day.getDayOfWeek().name().equalsIgnoreCase(unit.lower())) {
                        day = day.minusDays(1);
                    }
                    return new Date(day, DatePrecision.DAY, i, i + 2);
                }
            }
        }
        return null;
    }

    private static Date date(Integer year, int month, Integer day, LocalDate publishedOn, int start, int end) {
        if (year == null) {
            if (publishedOn == null) {
                return null;
            }
            // the latest such date not after publication: "in October" read in February means last October
            year = publishedOn.getYear();
            if (month > publishedOn.getMonthValue() || month == publishedOn.getMonthValue() && day != null && day > publishedOn.getDayOfMonth()) {
                year--;
            }
        }
        try {
            return day == null ? new Date(LocalDate.of(year, month, 1), DatePrecision.MONTH, start, end)
                    : new Date(LocalDate.of(year, month, day), DatePrecision.DAY, start, end);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static boolean isDay(String text) {
        if (text.length() > 2 || text.indexOf(',') >= 0) {
            return false;
        }
        int day = Integer.parseInt(text);
        return day >= 1 && day <= 31;
    }

    private static Integer year(Token t) {
        if (!t.isNumber() || t.text().length() != 4 || t.text().indexOf(',') >= 0 || t.text().indexOf('.') >= 0) {
            return null;
        }
        int year = Integer.parseInt(t.text());
        return year >= 1900 && year <= 2100 ? year : null;
    }
}
