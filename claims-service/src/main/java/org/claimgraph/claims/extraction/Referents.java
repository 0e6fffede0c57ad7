package org.claimgraph.claims.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sources an article names, and what its shorter references stand for: "the ministry" is the Russian Defence
 * Ministry named before, "the Ukrainian leader" and "the president" the person introduced with that title, "the
 * report" or "the study" whoever published it, and a country or its capital making a claim ("Kyiv says") the
 * institution of that country the article quotes. A reference with nothing to stand for is kept as written.
 */
final class Referents {

    /** A source named in the article: its name, whether a person, its side, its title and name words, where it was named. */
    private record Referent(String name, boolean person, String side, Set<String> words, Set<String> published,
            List<Integer> sentences) {
    }

    /** Nouns that name a role a person holds: "the Ukrainian leader", "the head of the Defense Ministry". */
    private static final Set<String> PERSON_ROLES = Set.of("leader", "president", "minister", "head", "chief", "spokesman",
            "spokeswoman", "spokesperson", "commander", "ombudsman", "governor", "premier", "chancellor", "secretary",
            "director", "mayor", "envoy", "ambassador", "general");

    /** Nouns that name an institution, with the words that stand for the same kind of body. */
    private static final List<Set<String>> INSTITUTIONS = List.of(
            Set.of("military", "army", "forces", "idf", "staff", "command", "troops"),
            Set.of("ministry"),
            Set.of("government", "cabinet", "authorities", "administration"),
            Set.of("mission", "office", "commission", "agency", "organization", "organisation"),
            Set.of("observatory", "monitor", "watchdog", "monitoring"),
            Set.of("committee", "council"),
            Set.of("outlet", "newspaper", "broadcaster", "channel", "media", "paper"),
            Set.of("group", "network", "coalition", "alliance", "union", "association"));

    /** Nouns for what a source publishes, standing for whoever published it: "the report says". */
    private static final Set<String> PUBLICATIONS = Set.of("report", "study", "document", "data", "figures", "analysis",
            "survey", "tally", "researchers", "authors", "assessment", "estimate", "estimates", "update", "review",
            "findings", "statement", "paper", "bulletin", "briefing", "statistics", "numbers", "records", "tallies", "counts");

    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "s", "this", "that", "its", "their", "his",
            "her", "country", "new", "latest", "recent", "same", "also", "local", "regional", "national", "top", "senior",
            "official", "chief", "former", "mission", "interior", "defense", "defence", "health", "foreign", "based",
            "rights", "human");

    /**
     * What a ministry is of: "the defence ministry" is a source of its own, which a later "the ministry" stands for
     * rather than the health minister also quoted.
     */
    private static final Set<String> MINISTRIES = Set.of("defence", "defense", "health", "interior", "foreign", "information");

    private final List<Referent> referents = new ArrayList<>();

    /** Records that {@code name} (a person when {@code person}) is named in sentence {@code sentence}, with its title words. */
    void named(String name, boolean person, Set<String> titleWords, int sentence) {
        named(name, person, titleWords, Set.of(), sentence);
    }

    /** Names only mentioned, never quoted: a body that "the army" or "the ministry" may stand for, no speaker's role. */
    private final Set<String> onlyMentioned = new HashSet<>();

    /** Records a side's body the article mentions in sentence {@code sentence} without quoting it: "the Burkinabe military". */
    void mentioned(String name, int sentence) {
        boolean known = referents.stream().anyMatch(r -> r.name().equalsIgnoreCase(name));
        named(name, false, Set.of(), sentence);
        if (!known) {
            onlyMentioned.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /** As {@link #named(String, boolean, Set, int)}, with what the source published ("report", "study") near its name. */
    void named(String name, boolean person, Set<String> titleWords, Set<String> publishedNouns, int sentence) {
        List<String> nameWords = words(name);
        boolean body = nameWords.stream().anyMatch(w -> institution(w) != null);
        // "defence ministry", "Ministry of Defense"
        boolean bodyOfAField = body && nameWords.stream().filter(w -> !w.equals("of") && !w.equals("the")).count() == 2
                && nameWords.stream().anyMatch(MINISTRIES::contains);
        if (!proper(nameWords) && !Gazetteer.actor(name) && !((wordsSide(nameWords) != null || unitedNations(nameWords)) && body)
                && !bodyOfAField && !(nameWords.size() >= 2 && nameWords.stream().anyMatch(NEWS_NAMES::contains))) {
            return; // "the ministry" is not a source of its own but a way to refer to one; "Russian Defence Ministry" is
        }
        for (Referent r : referents) {
            if (r.name().equalsIgnoreCase(name)) {
                onlyMentioned.remove(name.toLowerCase(Locale.ROOT));
                r.sentences().add(sentence);
                r.words().addAll(titleWords);
                r.published().addAll(publishedNouns);
                return;
            }
        }
        Set<String> words = new HashSet<>(titleWords);
        words.addAll(words(name));
        String side = null;
        for (String word : words) {
            side = side == null ? Gazetteer.side(word) : side;
        }
        List<Integer> sentences = new ArrayList<>();
        sentences.add(sentence);
        referents.add(new Referent(name, person, side, words, new HashSet<>(publishedNouns), sentences));
    }

    /** What {@code name}, written in sentence {@code sentence}, stands for: a named source, or the name itself. */
    String resolve(String name, int sentence) {
        return resolve(name, sentence, false);
    }

    /**
     * As {@link #resolve(String, int)}; {@code introduced} when the name is indefinite ("a doctors' group"), which may
     * stand for a body the article names only later.
     */
    String resolve(String name, int sentence, boolean introduced) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return name;
        }
        String side = null;
        boolean onlySides = true;
        String head = null;
        if (Gazetteer.actor(name)) {
            return name; // "Hamas said", "the IDF said": an actor speaks for itself
        }
        Referent unBody = unitedNationsBody(words, name, sentence);
        if (unBody != null) {
            return unBody.name(); // "UN experts" after "the Monitoring Mission of the UN Human Rights Office"
        }
        String wholeCountry = Gazetteer.whole(name) ? Gazetteer.side(name) : null; // "United States", "the DR Congo"
        if (wholeCountry != null) {
            return countryInstitution(wholeCountry, words, sentence);
        }
        for (String word : words) {
            String s = Gazetteer.actor(word) ? null : Gazetteer.side(word);
            if (s != null) {
                side = side == null ? s : side;
                continue;
            }
            onlySides = false;
            if (PERSON_ROLES.contains(word) || PUBLICATIONS.contains(word) || institution(word) != null) {
                head = head == null || !PERSON_ROLES.contains(head) ? word : head;
            } else if (!FILLER.contains(word) && !Lexicon.TITLES.contains(word) && !Lexicon.ORGANIZATION_WORDS.contains(word)
                    && !Lexicon.AGENT_NOUNS.contains(word)) {
                return name; // a proper name: "CSIS", "Mediazona", "Sergei Shoigu"
            }
        }
        if (onlySides) {
            // "Kyiv says", "according to Moscow": the country's institution quoted in the article, else the country's
            // government, which is who speaks when a country or its capital is said to speak
            return countryInstitution(wordsSide(words), words, sentence);
        }
        if (head == null) {
            return name;
        }
        String wantedSide = side;
        String role = head;
        Referent meant;
        if (PERSON_ROLES.contains(role)) {
            meant = best(sentence, r -> r.person() && side(r, wantedSide) && holds(r, role, words));
        } else if (PUBLICATIONS.contains(role)) {
            // who published that kind of thing ("the study": whoever's study was named), else the last institution named
            String singular = role.endsWith("s") ? role.substring(0, role.length() - 1) : role;
            meant = wantedSide == null && words.size() <= 3 ? best(sentence, r -> r.published().contains(role)
                    || r.published().contains(singular) || r.published().contains(singular + "s") || r.words().contains(role)
                    || r.words().contains(singular) || r.words().contains(singular + "s")) : null;
            if (meant == null && wantedSide == null && words.size() <= 3 && SCHOLARLY.contains(role)) {
                // "the study", "the researchers": a study is the work of scholars the article named, not of the ministry
                // whose count it checks
                meant = best(sentence, r -> !r.person() && r.words().stream().anyMatch(SCHOLARS::contains));
            }
            if (meant == null && wantedSide == null && words.size() <= 3) {
                meant = best(sentence, r -> !r.person());
            }
        } else {
            // "monitoring group": try each institution word, the last first
            meant = null;
            for (int i = words.size() - 1; i >= 0 && meant == null; i--) {
                Set<String> kind = institution(words.get(i));
                if (kind == null) {
                    continue;
                }
                // "the army" is a body named before, never one the article names only later ("the army announced ..."
                // before "the Chief of General Staff said"); a side's body ("Kyiv's military") or a body introduced
                // ("a doctors' group") may be named in full after
                boolean bodyItself = institution(words.get(words.size() - 1)) != null; // "the army", not "an army official"
                meant = bestBefore(sentence, introduced || wantedSide != null, r -> !r.person() && side(r, wantedSide) && r.words().stream().anyMatch(kind::contains)
                        && (bodyItself || !onlyMentioned.contains(r.name().toLowerCase(Locale.ROOT)))
                        && r.words().size() > words.size() && !r.name().equalsIgnoreCase(name)
                        && (wantedSide != null || !words.containsAll(r.words())));
                if (meant != null && wantedSide != null && meant.side() == null) {
                    meant = null;
                }
            }
            if (meant == null && wantedSide == null) {
                // "the rights group" after "the Syrian Observatory for Human Rights": a body named by a word of its name
                List<String> modifiers = words.stream().filter(w -> !w.equals(role) && !DETERMINING.contains(w)
                        && institution(w) == null && !Lexicon.AGENT_NOUNS.contains(w)).toList();
                meant = modifiers.isEmpty() || !FIELDS.containsAll(modifiers) ? null : best(sentence, r -> !r.person() && !r.name().equalsIgnoreCase(name)
                        && words(r.name()).containsAll(modifiers) && words(r.name()).size() > words.size());
            }
            if (meant == null && wantedSide == null && words.stream().anyMatch(OUTLETS::contains)) {
                // "the outlet said" after "BBC Russian reports": a news outlet is named by what it is, not by "outlet"
                // (two capitalized words, "Kyiv Post", may have been taken for a person's name)
                meant = best(sentence, r -> r.words().stream().anyMatch(NEWS_NAMES::contains));
            }
            if (meant == null && wantedSide == null && (words.contains("group") || words.contains("movement"))) {
                // "Hamas said ... The group added": an armed group named before
                meant = best(sentence, r -> !r.person() && Gazetteer.actor(r.name()));
                if (meant == null) {
                    // "the Resistance Committees said ... The group said"; a state body or the UN is no "group"
                    meant = best(sentence, r -> !r.person() && r.words().stream().noneMatch(STATE_BODIES::contains));
                }
            }
        }
        return meant != null ? meant.name() : name;
    }

    /** The body named in full whose words' initials spell {@code acronym} ("MoD": "Ministry of Defense"), else null. */
    String withInitials(String acronym) {
        String wanted = acronym.toLowerCase(Locale.ROOT);
        for (Referent r : referents) {
            if (r.person() || onlyMentioned.contains(r.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            StringBuilder all = new StringBuilder();
            StringBuilder capitalized = new StringBuilder();
            for (String word : r.name().split("[\\s-]+")) {
                if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                    all.append(Character.toLowerCase(word.charAt(0)));
                    if (Character.isUpperCase(word.charAt(0))) {
                        capitalized.append(Character.toLowerCase(word.charAt(0)));
                    }
                }
            }
            if (all.toString().equals(wanted) || capitalized.toString().equals(wanted)) {
                return r.name();
            }
        }
        return null;
    }

    private String countryInstitution(String country, List<String> words, int sentence) {
        Referent quoted = best(sentence, r -> !r.person() && side(r, country) && !words(r.name()).equals(words)
                && r.words().stream().anyMatch(w -> institution(w) != null));
        return quoted != null ? quoted.name() : governmentOf(country);
    }

    /** "Government of Russia", "Government of the United States": the body that speaks when a country is said to. */
    static String governmentOf(String country) {
        boolean plural = country.startsWith("United ") || country.endsWith("s") || country.contains("Republic");
        return "Government of " + (plural ? "the " : "") + country;
    }

    /** Whether a claimant is a country, or the government read from a country or capital said to speak. */
    static boolean countrySpeaking(String claimant) {
        return claimant != null && (Gazetteer.side(claimant) != null || claimant.startsWith("Government of "));
    }

    /** Words of a state's bodies and of the United Nations, which an article does not call "the group". */
    private static final Set<String> STATE_BODIES = Set.of("government", "authorities", "ministry", "military", "army",
            "forces", "police", "cabinet", "administration", "presidency", "nations", "un");

    /** Whether a source's name is a state body's or the UN's ("Authorities in Kinshasa", "the Defence Ministry"). */
    static boolean stateBody(String name) {
        return words(name).stream().anyMatch(STATE_BODIES::contains);
    }

    /** What scholars publish, and the words naming scholars or where they work. */
    private static final Set<String> SCHOLARLY = Set.of("study", "researchers", "authors", "paper", "findings", "analysis", "survey");
    private static final Set<String> SCHOLARS = Set.of("researchers", "scientists", "academics", "scholars", "university",
            "school", "institute", "college", "epidemiologists", "demographers", "authors");

    /** Who speaks for a body of the United Nations without naming it: "UN experts", "UN investigators", "a UN report". */
    private static final Set<String> UN_SPEAKERS = Set.of("experts", "expert", "investigators", "monitors", "observers",
            "officials", "official", "team", "staff", "mission", "office", "report", "agency", "body", "panel", "monitoring",
            "rights", "human", "spokesperson", "spokesman", "spokeswoman", "data", "figures", "researchers");

    /**
     * The body of the United Nations an article names in full ("the Monitoring Mission of the UN Human Rights Office"),
     * when a shorter reference names the UN and only who speaks for it ("UN experts", "the UN monitors"); else null.
     */
    private Referent unitedNationsBody(List<String> words, String name, int sentence) {
        if (!unitedNations(words)) {
            return null;
        }
        boolean onlySpeakers = false;
        for (String word : words) {
            if (word.equals("un") || word.equals("united") || word.equals("nations") || DETERMINING.contains(word)) {
                continue;
            }
            if (!UN_SPEAKERS.contains(word)) {
                return null; // "UN Human Rights Office", "UNICEF": a body of its own name
            }
            onlySpeakers = true;
        }
        if (!onlySpeakers) {
            return null; // "the UN" itself
        }
        return best(sentence, r -> !r.person() && !r.name().equalsIgnoreCase(name) && r.words().containsAll(words.stream()
                .filter(w -> !UN_SPEAKERS.contains(w) && !DETERMINING.contains(w) && !w.equals("united") && !w.equals("nations")).toList())
                && unitedNations(List.copyOf(r.words())) && r.words().size() > words.size() + 1);
    }

    private static boolean unitedNations(List<String> words) {
        return words.contains("un") || words.contains("united") && words.contains("nations");
    }

    /** Nouns for a news outlet, and words by which a news outlet's name tells it is one ("Kyiv Post", "BBC Russian"). */
    private static final Set<String> OUTLETS = Set.of("outlet", "newspaper", "broadcaster", "channel");
    private static final Set<String> NEWS_NAMES = Set.of("news", "tv", "television", "radio", "times", "post", "press",
            "journal", "daily", "herald", "tribune", "gazette", "bbc", "cnn", "reuters", "afp", "ap");

    /** Words that say which one or how recent, not what kind of body: "the same group", "its latest report". */
    private static final Set<String> DETERMINING = Set.of("the", "a", "an", "of", "s", "this", "that", "its", "their", "his",
            "her", "new", "latest", "recent", "same", "also", "local", "top", "senior", "official", "former");

    /** What a body works on, by which an article names it again: "the rights group", "the aid agency". */
    private static final Set<String> FIELDS = Set.of("human", "rights", "humanitarian", "aid", "relief", "medical", "health",
            "doctors", "monitoring", "refugee", "refugees", "peace");

    /** A name with a word of its own, not only sides, titles, institutions and fillers: "CSIS", "Sergei Shoigu". */
    private static boolean proper(List<String> words) {
        for (String word : words) {
            if (Gazetteer.side(word) == null && !PERSON_ROLES.contains(word) && !PUBLICATIONS.contains(word)
                    && institution(word) == null && !FILLER.contains(word) && !Lexicon.TITLES.contains(word)
                    && !Lexicon.ORGANIZATION_WORDS.contains(word) && !Lexicon.AGENT_NOUNS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A person holds the role: "leader" for any head of state or government, others by their title word. */
    private static boolean holds(Referent r, String role, List<String> description) {
        boolean roleHeld = role.equals("leader") || role.equals("head")
                ? r.words().stream().anyMatch(w -> PERSON_ROLES.contains(w)) : r.words().contains(role);
        if (!roleHeld) {
            return false;
        }
        // "the head of the Defense Ministry": a person whose title names the same body
        for (String word : description) {
            if ((word.equals("defense") || word.equals("defence") || word.equals("interior") || word.equals("health")
                    || word.equals("foreign")) && !r.words().contains(word)
                    && !(word.startsWith("defen") && (r.words().contains("defense") || r.words().contains("defence")))) {
                return false;
            }
        }
        return true;
    }

    private static boolean side(Referent r, String side) {
        return side == null || side.equals(r.side());
    }

    private static String wordsSide(List<String> words) {
        for (String word : words) {
            String side = Gazetteer.side(word);
            if (side != null) {
                return side;
            }
        }
        return null;
    }

    /** "The same source said": whoever the article named last, up to sentence {@code sentence}, or null. */
    String namedLast(int sentence) {
        Referent last = bestBefore(sentence, false, r -> true);
        return last == null ? null : last.name();
    }

    /** The referent named last before {@code sentence} (or in it), else the first named after it. */
    private Referent best(int sentence, java.util.function.Predicate<Referent> wanted) {
        return bestBefore(sentence, true, r -> !onlyMentioned.contains(r.name().toLowerCase(Locale.ROOT)) && wanted.test(r));
    }

    /** The referent named last before {@code sentence} (or in it); else, when {@code orAfter}, the first named after it. */
    private Referent bestBefore(int sentence, boolean orAfter, java.util.function.Predicate<Referent> wanted) {
        Referent before = null;
        int beforeAt = -1;
        Referent after = null;
        int afterAt = Integer.MAX_VALUE;
        for (Referent r : referents) {
            if (!wanted.test(r)) {
                continue;
            }
            for (int at : r.sentences()) {
                if (at <= sentence && at > beforeAt) {
                    before = r;
                    beforeAt = at;
                } else if (at > sentence && at < afterAt) {
                    after = r;
                    afterAt = at;
                }
            }
        }
        return before != null ? before : orAfter ? after : null;
    }

    private static Set<String> institution(String word) {
        for (Set<String> kind : INSTITUTIONS) {
            if (kind.contains(word)) {
                return kind;
            }
        }
        return null;
    }

    /** The words of a name, lower case, without the place an organisation is based in ("Britain-based watchdog"). */
    static List<String> words(String name) {
        List<String> words = lettersWords(name);
        int based = words.indexOf("based");
        if (based > 0) {
            words.remove(based - 1);
        }
        return words;
    }

    private static List<String> lettersWords(String name) {
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '.') {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                String w = word.toString();
                w = w.equals("u.s.") ? w : w.replace(".", "");
                if (!w.isEmpty() && !w.equals("s")) {
                    words.add(w);
                }
                word.setLength(0);
            }
        }
        return words;
    }
}
