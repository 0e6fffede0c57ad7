package org.claimgraph.sources.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a new source's name says about it, when it says it clearly: the country it speaks for ("Russian Defence
 * Ministry" → RU, "Lebanon's health ministry" → LB; nothing when the name names two countries or none) and the
 * kind of body ("ministry" → GOVERNMENT, "armed forces" → MILITARY). Names of people and anything unclear stay
 * without an affiliation and of kind OTHER, for an analyst to set.
 */
final class NameReading {

    private static final Map<String, String> COUNTRIES = new HashMap<>();

    static {
        country("UA", "ukraine", "ukrainian", "ukrainians", "kyiv", "kiev");
        country("RU", "russia", "russian", "russians", "moscow", "kremlin");
        country("IL", "israel", "israeli", "israelis", "idf");
        country("PS", "palestine", "palestinian", "palestinians", "gaza", "gazan", "hamas");
        country("LB", "lebanon", "lebanese", "hezbollah", "beirut");
        country("SD", "sudan", "sudanese", "khartoum", "darfur");
        country("SS", "juba");
        country("SY", "syria", "syrian", "damascus");
        country("YE", "yemen", "yemeni", "houthi", "houthis", "sanaa");
        country("IQ", "iraq", "iraqi", "baghdad");
        country("IR", "iran", "iranian", "tehran");
        country("AF", "afghanistan", "afghan", "taliban", "kabul");
        country("PK", "pakistan", "pakistani", "islamabad");
        country("IN", "india", "indian");
        country("MM", "myanmar", "burmese");
        country("ET", "ethiopia", "ethiopian", "tigray", "tigrayan");
        country("SO", "somalia", "somali", "mogadishu");
        country("NG", "nigeria", "nigerian");
        country("ML", "mali", "malian");
        country("BF", "burkinabe");
        country("CD", "congolese", "drc");
        country("AZ", "azerbaijan", "azerbaijani");
        country("AM", "armenia", "armenian");
        country("US", "american", "u.s.", "us", "pentagon");
        country("GB", "british", "britain", "uk");
        country("FR", "france", "french");
        country("DE", "germany", "german");
        country("CN", "china", "chinese");
        country("TR", "turkey", "turkish");
    }

    private static final Set<String> GOVERNMENT = Set.of("ministry", "minister", "government", "authorities", "cabinet",
            "office", "presidency", "administration", "governor", "council", "parliament", "mayor");
    private static final Set<String> MILITARY = Set.of("army", "military", "forces", "staff", "command", "troops", "navy",
            "idf", "brigade", "battalion", "militia");
    private static final Set<String> INTELLIGENCE = Set.of("intelligence");

    private NameReading() {
    }

    private static void country(String code, String... words) {
        for (String word : words) {
            COUNTRIES.put(word, code);
        }
    }

    /** The one country the name speaks for, or null. */
    static String affiliation(String name) {
        Set<String> codes = new HashSet<>();
        for (String word : words(name)) {
            String code = COUNTRIES.get(word);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes.size() == 1 ? codes.iterator().next() : null;
    }

    /** The kind of body its words name, else OTHER. */
    static SourceKind kind(String name) {
        Set<String> words = words(name);
        if (words.stream().anyMatch(INTELLIGENCE::contains)) {
            return SourceKind.INTELLIGENCE;
        }
        if (words.stream().anyMatch(MILITARY::contains)) {
            return SourceKind.MILITARY;
        }
        if (words.stream().anyMatch(GOVERNMENT::contains)) {
            return SourceKind.GOVERNMENT;
        }
        return SourceKind.OTHER;
    }

    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String word : name.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}.']+")) {
            word = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
            word = word.equals("u.s.") ? word : word.replace(".", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
