package org.claimgraph.claims.extraction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimgraph.claims.claim.CasualtyCategory;
import org.claimgraph.claims.claim.Population;
import org.claimgraph.claims.claim.RatePer;

/** The vocabularies the rules read: what a figure counts, of whom, on which side, who says it. All lower case. */
final class Lexicon {

    private Lexicon() {
    }

    /** An unmodifiable set; repeated words are harmless, which keeps long lists easy to extend. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static final Map<String, CasualtyCategory> CATEGORY_WORDS = new HashMap<>();
    static {
        for (String w : List.of("killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "deaths", "death",
                "fatalities", "fatality", "slain", "perished", "toll", "lives", "bodies", "buried", "burial", "succumbed", "deceased",
                "murdered", "massacred", "executed", "slaughtered", "assassinated", "martyred",
                // a war's or an attack's victims, counted, are its dead: "among the victims were 4 women"
                "victims",
                // what armies fighting insurgents say of the fighters they kill: "40 terrorists were neutralised"
                "neutralised", "neutralized")) {
            CATEGORY_WORDS.put(w, CasualtyCategory.KILLED);
        }
        for (String w : List.of("wounded", "wounding", "injured", "injuring", "injuries", "injury", "hurt", "wounds",
                "hospitalised", "hospitalized")) {
            CATEGORY_WORDS.put(w, CasualtyCategory.WOUNDED);
        }
        for (String w : List.of("missing", "disappeared", "mia", "unaccounted")) {
            CATEGORY_WORDS.put(w, CasualtyCategory.MISSING);
        }
        for (String w : List.of("captured", "prisoners", "prisoner", "pows", "pow", "surrendered", "hostages", "hostage",
                "captives", "captive", "abducted", "abductees", "kidnapped", "detained", "detainees", "arrested", "exchanged",
                "swapped", "freed", "captivity", "detention", "detentions", "kidnapping", "kidnappings", "abduction", "abductions")) {
            CATEGORY_WORDS.put(w, CasualtyCategory.CAPTURED);
        }
        for (String w : List.of("casualties", "casualty", "losses", "loss", "lost", "lose", "loses", "losing", "eliminated")) {
            CATEGORY_WORDS.put(w, CasualtyCategory.CASUALTIES);
        }
    }

    static final Set<String> MILITARY_WORDS = words("soldiers", "soldier", "troops", "troop", "servicemen", "serviceman",
            "servicemembers", "personnel", "military", "fighters", "combatants", "conscripts", "mercenaries", "marines",
            "sailors", "airmen", "paratroopers", "army", "militants", "reservists", "service", "forces", "infantrymen",
            "mobilized", "mobilised", "contract", "pows", "pow", "gendarmes", "gendarme", "guardsmen", "militiamen",
            "peacekeepers", "policemen", "officers", "terrorists", "insurgents", "jihadists", "extremists", "rebels",
            "guerrillas", "guerillas", "separatists", "policeman", "soldier", "troopers", "trooper", "militias", "lieutenant",
            "khwarij", "khawarij", "kharijites",
            "lieutenants", "sergeant", "sergeants", "corporal", "corporals", "colonel", "colonels", "marine", "sailor");

    /** Words that say fighters are Islamist insurgents: "foreign jihadist fighters". */
    static final Set<String> JIHADIST_WORDS = words("jihadist", "jihadists", "islamist", "islamists");

    /** What armies call the Islamist insurgents they fight: unnamed, they are counted as the corpus labels them, "jihadists". */
    static final Set<String> INSURGENT_WORDS = words("militants", "terrorists", "insurgents", "jihadists", "extremists", "attackers", "assailants",
            "khwarij", "khawarij", "kharijites");

    /** Countries whose armies fight Islamist insurgents, so that the "terrorists" their armies count are jihadists. */
    static final Set<String> ISLAMIST_INSURGENCIES = words("Burkina Faso", "Mali", "Niger", "Nigeria", "Somalia", "Mozambique");

    /** Islamist movements the gazetteer files under their country, whose fighters the corpus counts as "jihadists". */
    static final Set<String> JIHADIST_GROUPS = words("al shabaab", "al shabab", "shabaab", "boko haram", "iswap", "jnim", "taliban");

    /** What a government calls the rebels of a civil war; unnamed, they are counted as the country, as the corpus labels them. */
    static final Set<String> REBEL_WORDS = words("rebels", "guerrillas", "guerillas", "separatists", "tigers");

    /** Names that show an article is about an Islamist insurgency: its movements and the word for their fighters. */
    static final Set<String> JIHADIST_SIGNALS = words("jihadist", "jihadists", "qaeda", "al-qaeda", "shabaab", "shabab",
            "al-shabaab", "boko", "iswap", "jnim", "ttp", "isis", "isil", "daesh", "taliban", "islamist", "islamists",
            // what the armies of Pakistan and Somalia call the Islamists they fight ("renegades"); the province of
            // Pakistan where the army's war is on the Pakistani Taliban
            "khwarij", "khawarij", "kharijites", "khyber");

    static final Set<String> CIVILIAN_WORDS = words("civilians", "civilian", "children", "women", "noncombatants",
            "bystanders", "passersby", "passers-by", "worshippers", "shoppers", "students", "pupils", "workers",
            "employees", "pilgrims", "farmers", "fishermen", "girls", "boys", "teenagers", "elderly", "laborers",
            "labourers", "rescuers", "volunteers", "refugees", "migrants",
            "non-combatants", "residents", "inhabitants", "kids", "minors", "infants", "journalists", "medics", "patients",
            "villagers", "pensioners", "locals", "worshipers", "herders", "traders", "miners");

    /**
     * One civilian counted by name: "including a child", "a woman and her two children". Read only as the noun a figure
     * counts, never before it ("killing a woman and wounding 56 others" says nothing of the 56).
     */
    static final Set<String> CIVILIAN_PERSON = words("child", "woman", "girl", "boy", "baby", "infant", "toddler", "teenager",
            "villager", "farmer", "journalist", "student", "pupil", "resident", "doctor", "nurse", "doctors", "nurses",
            "babies", "toddlers");

    static final Set<String> EVERYONE_WORDS = words("people", "persons", "individuals", "lives");

    /** Adjectives that may stand between a figure and what it counts: "six other areas", "two new strikes". */
    static final Set<String> NAME_MODIFIERS = words("other", "more", "new", "separate", "different", "additional",
            "further", "large", "small", "major", "main", "residential", "military", "civilian", "nearby", "neighbouring",
            "neighboring", "local", "remote", "makeshift", "displacement", "refugee", "border", "security", "police", "army");

    /** Words that show the figure counts something other than people. */
    /** Titles written short, with a full stop: "Dr. Mohammed Abu Salmiya", "Lt. Col. Randolph Cabangbang". */
    static final Set<String> SHORT_TITLES = words("dr", "lt", "col", "gen", "maj", "capt", "sgt", "brig", "adm", "prof",
            "gov", "sen", "rep", "mr", "mrs", "ms", "cmdr");

    /** Words before "members" that make them people: "service members", "crew members", "family members". */
    private static final Set<String> MEMBERS_OF_PEOPLE = words("service", "crew", "staff", "family", "security", "militia",
            "gang", "army", "military", "police");

    /**
     * Whether the word at {@code k} counts things, not people; "members of the SSPDF" and "service members" are people,
     * "193 members" seats.
     */
    static boolean notPeople(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        return NOT_PEOPLE.contains(w) && !(w.equals("members") && (k + 1 < tokens.size() && tokens.get(k + 1).is("of")
                || k > 0 && MEMBERS_OF_PEOPLE.contains(tokens.get(k - 1).lower())))
                && !(w.equals("cases") && casesOfPeople(tokens, k + 1));
    }

    /** "407 cases of enforced disappearance", "12 cases of kidnapping": each case is a person taken. */
    private static boolean casesOfPeople(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).is("of")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
            String w = tokens.get(j).lower();
            if (CATEGORY_WORDS.get(w) == CasualtyCategory.CAPTURED || w.equals("disappearance") || w.equals("disappearances")) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> NOT_PEOPLE = words("tanks", "tank", "vehicles", "drones", "missiles", "rockets", "shells",
            "artillery", "aircraft", "planes", "jets", "helicopters", "ships", "vessels", "boats", "km", "kilometres",
            "kilometers", "miles", "square", "hectares", "acres", "tonnes", "tons", "dollars", "euros", "rubles", "roubles",
            "hryvnias", "pounds", "usd", "votes", "members", "seats", "regions", "villages", "towns", "cities", "settlements",
            "homes", "houses", "buildings", "schools", "hospitals", "days", "weeks", "months", "years", "hours", "minutes", "decades",
            "centuries", "seconds",
            "times", "percent", "degrees", "points", "sorties", "strikes", "attacks", "shots", "rounds", "guns",
            "systems", "pieces", "units", "brigades", "battalions", "divisions", "positions", "meters", "metres", "feet",
            "apartments", "documents", "pages", "graves", "refugees", "displaced", "evacuated", "doses", "meals",
            "calls", "cases", "files", "items", "barrels", "barrel", "tonne", "ton", "hectare", "kilometre", "kilometer", "mile",
            "areas", "locations", "sites", "places", "provinces", "districts", "countries", "states", "nations", "camps",
            "trucks", "centres", "centers", "facilities", "dormitories", "bombs", "devices", "mosques", "churches", "sides",
            "parties", "populations", "population", "targets", "launchers", "warehouses", "depots", "bridges", "roads",
            "incidents", "operations", "raids", "airstrikes", "explosions", "blasts", "projectiles", "posts", "checkpoints",
            "outposts", "bases", "pits", "trenches", "encounters", "clashes", "battles", "ambushes", "skirmishes", "firefights",
            "assaults", "offensives", "motorcycles", "rifles", "engagements", "gunfights", "shootouts", "exchanges",
            "interviews", "testimonies");

    static final Set<String> CURRENCY_WORDS = words("dollars", "euros", "rubles", "roubles", "hryvnias", "pounds", "usd",
            "eur", "yuan", "shekels");

    /** Words right before a number that make it a label, not a count: "Resolution 2334", "day 500". */
    static final Set<String> LABEL_WORDS = words("resolution", "article", "section", "chapter", "page", "no", "number",
            "flight", "route", "highway", "brigade", "division", "regiment", "battalion", "district", "paragraph", "version",
            "model", "item", "grade", "level", "phase", "stage", "round", "day", "week", "age", "aged", "minute", "hour",
            "covid", "mig", "su", "f", "t", "s", "m", "km", "room", "unit", "class", "type", "gate", "platform", "block");

    static final Map<String, Integer> MONTHS = new HashMap<>();
    static {
        String[][] months = { { "january", "jan" }, { "february", "feb" }, { "march", "mar" }, { "april", "apr" }, { "may" },
                { "june", "jun" }, { "july", "jul" }, { "august", "aug" }, { "september", "sep", "sept" }, { "october", "oct" },
                { "november", "nov" }, { "december", "dec" } };
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, m + 1);
            }
        }
    }

    static final Set<String> WAR_WORDS = words("war", "invasion", "assault", "offensive", "conflict", "hostilities",
            "fighting", "aggression", "operation");

    static final Set<String> MILITARY_CONTEXT = words("soldiers", "troops", "forces", "army", "military", "servicemen",
            "front", "battlefield", "combat", "assault", "offensive", "battle", "fighters", "frontline", "brigade");

    /** Rates: "800 killed daily", "per day", "in the past 24 hours". */
    static final Map<String, RatePer> RATE_ADVERBS = Map.of("daily", RatePer.DAY, "weekly", RatePer.WEEK, "monthly", RatePer.MONTH);
    static final Map<String, RatePer> RATE_UNITS = Map.of("day", RatePer.DAY, "week", RatePer.WEEK, "month", RatePer.MONTH);
    static final Set<String> RATE_PREFIXES = words("per", "a", "each", "every");

    static final Set<String> SPEECH_VERBS = words("said", "says", "say", "stated", "states", "revealed", "reveals",
            "estimated", "estimates", "estimate", "claimed", "claims", "claim", "believe", "believes", "believed", "reported",
            "reports", "told", "noted", "notes", "added", "adds", "disclosed", "discloses", "announced", "announces",
            "acknowledged", "acknowledges", "admitted", "admits", "asserted", "asserts", "insisted", "insists", "warned",
            "warns", "wrote", "writes", "cited", "cites", "recognizes", "recognises", "recognized", "recognised", "put", "puts",
            "counted", "counts", "recorded", "records", "confirmed", "confirms", "calculated", "calculates", "assessed",
            "assesses", "tallied", "documented", "verified", "registered", "registers", "think", "thinks", "suggested",
            "suggests", "concluded", "concludes", "found", "finds", "told", "declared", "declares", "alleged", "alleges",
            "identified", "identifies", "established", "establishes", "documents", "published", "publishes", "indicated",
            "indicates", "showed", "shows", "show", "updated", "updates", "tallies", "puts", "informed", "explained",
            "explains", "quoted", "quotes", "blamed", "accused", "collected", "compiled", "verified", "verifies", "reveal",
            "suggest", "indicate", "confirm", "report", "record", "state", "conclude", "note", "warn", "document",
            "put", "count", "tally", "add", "calculate", "assess", "highlights", "highlighted", "stresses", "stressed",
            "underlines", "underlined", "emphasises", "emphasized", "emphasizes", "emphasised", "presented", "presents",
            "tweeted", "tweets", "posted", "posts", "specified", "specifies", "detailed", "details", "conceded", "concedes",
            "affirmed", "affirms", "maintained", "maintains", "mentioned", "mentions", "reiterated", "reiterates",
            "announce", "tally", "relayed", "briefed", "testified", "recounted", "recalled", "described", "describes",
            "denied", "denies");

    static final Set<String> SPEECH_PARTICIPLES = words("revealing", "asserting", "estimating", "saying", "adding", "noting",
            "claiming", "citing", "stating", "acknowledging", "admitting", "insisting", "warning", "reporting", "putting",
            "telling", "declaring", "suggesting", "concluding", "alleging");

    /** Nouns of a statement: "Zelensky's February 2025 statement", "a report from CSIS". */
    static final Set<String> STATEMENT_NOUNS = words("statement", "statements", "report", "reports", "estimate", "estimates",
            "assessment", "assessments", "figures", "figure", "data", "tally", "count", "claim", "claims", "announcement",
            "analysis", "study", "survey", "update", "briefing", "interview", "calculations", "numbers", "records", "research",
            "findings", "review", "research", "statistics", "count", "document", "documents", "documentation",
            "estimation", "estimations", "calculation", "updates", "bulletin", "bulletins", "tallies", "counts", "reporting",
            "information");

    /** Plural nouns that can make a claim on their own: "US officials", "Western intelligence agencies". */
    static final Set<String> AGENT_NOUNS = words("officials", "agencies", "authorities", "experts", "analysts", "sources",
            "residents", "witnesses", "survivors", "doctors", "medics", "paramedics", "activists", "rescuers", "locals",
            "villagers", "relatives", "hospitals", "hospital", "police", "members", "monitor", "watchdog", "group", "groups",
            "medical", "militia", "media", "outlet", "outlets", "newspaper", "broadcaster", "journalists", "reporters", "universities", "university",
            "scientists", "scholars", "academics", "institutions", "historians", "demographers", "epidemiologists",
            "spokesmen", "spokeswomen", "spokespeople", "rescuers", "volunteers", "lawmakers", "mps",
            "observers", "monitors", "investigators", "researchers", "diplomats", "commanders", "generals", "intelligence", "intel",
            "officers", "spokesman", "spokeswoman", "spokesperson", "ministry", "government", "military", "army", "command",
            "staff", "estimates", "lawyers", "navy", "junta", "regime", "rebels", "insurgents", "coalition", "administration", "authority",
            "movement", "office", "agency", "council", "commission", "committee", "mission", "bureau",
            "department", "service", "services", "observatory", "organisation", "organization", "network", "alliance",
            "wing");

    /** Singular nouns for someone who speaks, written before or instead of a name: "a survivor said", "Lebanese minister says". */
    static final Set<String> SPEAKER_NOUNS = words("resident", "witness", "survivor", "official", "source", "leader",
            "member", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "doctor", "activist", "head",
            "chief", "commander", "governor", "mayor", "ombudsman", "director", "expert", "analyst", "researcher", "medic",
            "correspondent", "reporter", "mediator", "negotiator", "envoy");

    /** Capitalized words that open a sentence or clause without naming anyone: "Despite ...", "Overall, ...". */
    static final Set<String> OPENERS = words("despite", "overall", "meanwhile", "however", "although", "while", "after",
            "before", "but", "and", "in", "on", "at", "since", "during", "following", "according", "earlier", "later",
            "still", "yet", "also", "instead", "nevertheless", "so", "thus", "then", "now", "today", "yesterday", "this",
            "that", "these", "those", "there", "here", "when", "where", "as", "if", "because", "by", "for", "from", "with",
            "without", "among", "including", "altogether", "together", "separately", "similarly", "additionally",
            "furthermore", "moreover", "nonetheless", "previously", "recently", "last", "next", "one", "two", "some",
            "many", "most", "all", "both", "each", "several", "other", "another", "such", "what", "why", "how");

    static final Set<String> PRONOUNS = words("he", "she", "it", "they");

    /** The same pronouns as objects, as in "according to him". */
    static final Map<String, String> OBJECT_PRONOUNS = Map.of("him", "he", "her", "she", "them", "they");

    /** Words of an organization's name, telling it apart from a person's. */
    static final Set<String> ORGANIZATION_WORDS = words("staff", "ministry", "agency", "agencies", "officials", "office",
            "institute", "center", "centre", "council", "committee", "department", "forces", "army", "military",
            "intelligence", "intel", "government", "authorities", "service", "services", "organization", "organisation", "mission",
            "commission", "nations", "union", "group", "report", "university", "command", "headquarters", "police",
            "administration", "kremlin", "pentagon", "ministry", "network", "project", "foundation", "bureau", "watch",
            "monitor", "observatory", "tv", "television", "news", "post", "website", "newspaper", "broadcaster", "times", "journal", "press", "agency", "defense",
            "defence", "studies", "study", "programme", "program", "fund", "red", "cross", "crescent", "health", "court",
            "parliament", "assembly", "cabinet", "guard", "navy", "brigade", "corps", "officers", "experts", "analysts",
            "sources", "observers", "monitors", "investigators", "researchers", "diplomats", "commanders", "generals",
            "charity", "charities", "ngo", "ngos", "committees", "councils", "ministries", "groups", "networks",
            "organizations", "organisations", "unions", "associations");

    /** Titles before a person's name, dropped from the claimant: "former U.S. President Donald Trump". */
    static final Set<String> TITLES = words("former", "late", "then", "president", "prime", "minister", "defense", "defence",
            "foreign", "general", "gen.", "gen", "lt.", "lt", "lieutenant", "colonel", "col", "major", "maj", "admiral", "adm",
            "commander", "chief", "secretary", "chancellor", "ambassador", "envoy", "spokesman", "spokeswoman",
            "spokesperson", "mayor", "governor", "senator", "sen", "rep", "representative", "mr", "mrs", "ms", "dr", "sir",
            "king", "queen", "pope", "sheikh", "deputy", "vice", "head", "u.s.", "us", "uk", "u.k.", "un", "u.n.", "nato",
            "american", "british", "french", "german", "norwegian", "polish", "israeli", "ukrainian", "russian", "top",
            "senior", "military", "army", "armed", "forces", "of", "the", "staff", "chairman", "leader", "director", "mp",
            "lawmaker", "official", "spokesman", "press", "adviser", "advisor", "aide", "officer", "commissioner", "envoy",
            "sergeant", "captain", "capt", "sgt", "brigadier", "marshal", "field", "state", "national", "security",
            "intelligence", "interior", "war", "health", "regional", "provincial", "district", "municipal", "county", "local");

    static final Set<String> DETERMINERS = words("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
            "our");

    static final Set<String> AUXILIARIES = words("has", "have", "had", "is", "was", "were", "are", "would", "will", "did",
            "does", "do", "had", "been", "be", "could", "may", "might", "reportedly", "publicly", "repeatedly", "also", "further",
            "then", "now", "still", "again", "earlier", "today", "yesterday", "last", "this", "month", "week", "year", "on",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "later", "already", "only",
            "previously", "recently", "lately", "once", "not", "never", "officially", "separately", "both");

    static final Set<String> WEEKDAYS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Words that end a noun phrase read backwards from a verb. */
    static final Set<String> CLAUSE_WORDS = words("that", "which", "who", "whom", "while", "but", "as", "because", "if",
            "when", "where", "although", "though", "whereas", "since", "after", "before", "so", "than", "and", "or", "nor",
            "meanwhile", "however", "additionally", "moreover", "also");
}
