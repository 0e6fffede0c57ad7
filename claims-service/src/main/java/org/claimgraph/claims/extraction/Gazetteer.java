package org.claimgraph.claims.extraction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whose losses a name stands for: countries, their demonyms, capitals and the places news names in them ("Kharkiv",
 * "Darfur", "Khan Younis"), and armed groups, which count as the country they fight in ("Hezbollah fighters" are
 * Lebanon's losses, "RSF fighters" Sudan's), as the corpus labels them. Names of several words ("South Sudan",
 * "Rapid Support Forces", "Deir el-Balah") are matched as a whole, hyphens ignored.
 */
final class Gazetteer {

    /** A side named at tokens [start, end). */
    record Place(String side, int start, int end) {
    }

    private static final Map<String, String> SIDES = new HashMap<>();

    /** A name of one or more words and the side it stands for. */
    private record Name(String[] words, String side) {
    }

    /** Names by their first word, longest first, so that matching a token costs one lookup. */
    private static final Map<String, List<Name>> BY_FIRST_WORD = new HashMap<>();
    /** Names of armed forces and groups (marked * below): they speak for themselves, not as their country. */
    private static final java.util.Set<String> ACTORS = new java.util.HashSet<>();
    private static final int LONGEST = 5;

    private static final List<String> ENTRIES = List.of(
            "Ukraine|ukraine|ukrainian|ukrainians|kyiv|kiev|kharkiv|kharkov|odesa|odessa|dnipro|zaporizhzhia|kherson|mykolaiv"
                    + "|sumy|chernihiv|lviv|bakhmut|avdiivka|pokrovsk|mariupol|bucha|irpin|kramatorsk|sloviansk|kupiansk",
            "Russia|russia|russian|russians|moscow|kremlin|belgorod|kursk|bryansk|russian federation",
            "Israel|israel|israeli|israelis|*idf|tel aviv|*israel defense forces|*israel defence forces",
            "Palestine|palestine|palestinian|palestinians|gaza|gazan|gazans|west bank|khan younis|khan yunis|rafah|jabalia"
                    + "|deir el balah|gaza strip|gaza city|nuseirat|*hamas|*islamic jihad",
            "Lebanon|lebanon|lebanese|beirut|tyre|sidon|nabatieh|baalbek|*hezbollah|*hizbollah",
            "Sudan|sudan|sudanese|khartoum|darfur|el fasher|al fasher|el geneina|geneina|omdurman|kordofan|gezira|wad madani"
                    + "|nyala|zamzam|*rsf|*rapid support forces|*saf|*sudanese armed forces",
            "South Sudan|south sudan|south sudanese|juba",
            "Syria|syria|syrian|syrians|damascus|aleppo|idlib|homs|hama|latakia|raqqa|deir ez zor|daraa|sweida|suwayda|alawite|alawites",
            "Yemen|yemen|yemeni|yemenis|sanaa|hodeidah|aden|taiz|marib|*houthi|*houthis|*ansar allah",
            "Iraq|iraq|iraqi|iraqis|baghdad|mosul|fallujah|basra|kirkuk|erbil|ramadi",
            "Iran|iran|iranian|iranians|tehran|*irgc",
            "Afghanistan|afghanistan|afghan|afghans|kabul|kandahar|helmand|*taliban",
            "Pakistan|pakistan|pakistani|pakistanis|islamabad|karachi|lahore|peshawar|balochistan|khyber pakhtunkhwa",
            "India|india|indian|indians|new delhi|delhi",
            "Myanmar|myanmar|burma|burmese|yangon|mandalay|rakhine|sagaing|kachin|magway|magwe|bago|naypyitaw|tanintharyi"
                    + "|ayeyarwady|karenni|kayah|shan state|chin state|karen state|kayin state|mon state",
            "Ethiopia|ethiopia|ethiopian|ethiopians|addis ababa|amhara|oromia|tigray|tigrayan|tigrayans|mekelle|*tplf",
            "Eritrea|eritrea|eritrean|eritreans",
            "Somalia|somalia|somali|somalis|mogadishu|*al shabaab|*al shabab|*shabaab",
            "Nigeria|nigeria|nigerian|nigerians|abuja|borno|maiduguri|zamfara|kaduna|benue|*boko haram|niger state|niger delta"
                    + "|plateau state|katsina|sokoto|kebbi|yobe|adamawa|bauchi|gombe|taraba|kogi|kwara|kano|lagos|enugu|anambra"
                    + "|ebonyi|nasarawa|minna|jos|shiroro|damaturu|yola|sambisa|gwoza|monguno|damboa|konduga|dikwa|buratai"
                    + "|buni gari|buni yadi|timbuktu triangle",
            "Mali|mali|malian|malians|bamako",
            "Burkina Faso|burkina faso|burkinabe|ouagadougou",
            "Niger|niger|nigerien|nigeriens|niamey",
            "Cameroon|cameroon|cameroonian|cameroonians",
            "Central African Republic|central african republic",
            "Democratic Republic of the Congo|democratic republic of the congo|democratic republic of congo|dr congo|drc|congolese|goma|bukavu|kinshasa"
                    + "|north kivu|south kivu|ituri|congo",
            "Rwanda|rwanda|rwandan|rwandans|kigali",
            "Kenya|kenya|kenyan|kenyans|nairobi",
            "Uganda|uganda|ugandan|ugandans|kampala",
            "Mozambique|mozambique|mozambican|mozambicans|cabo delgado",
            "Libya|libya|libyan|libyans|tripoli|benghazi|derna",
            "Egypt|egypt|egyptian|egyptians|cairo",
            "Armenia|armenia|armenian|armenians|yerevan",
            "Azerbaijan|azerbaijan|azerbaijani|azerbaijanis|baku",
            "Nagorno-Karabakh|nagorno karabakh|karabakh|artsakh",
            "Colombia|colombia|colombian|colombians|bogota",
            "Mexico|mexico|mexican|mexicans|sinaloa|culiacan",
            "Haiti|haiti|haitian|haitians|port au prince",
            "Ecuador|ecuador|ecuadorian|ecuadorians",
            "Venezuela|venezuela|venezuelan|venezuelans",
            "Philippines|philippines|philippine|filipino|filipinos|manila|mindanao|marawi",
            "Sri Lanka|sri lanka|sri lankan|sri lankans",
            "Thailand|thailand|thai|thais",
            "Cambodia|cambodia|cambodian|cambodians",
            "Vietnam|vietnam|vietnamese",
            "North Korea|north korea|north korean|north koreans|pyongyang",
            "South Korea|south korea|south korean|south koreans|seoul",
            "China|china|chinese|beijing",
            "Japan|japan|japanese",
            "Germany|germany|german|germans",
            "France|france|french",
            "United Kingdom|britain|british|united kingdom|uk|u.k.",
            "United States|united states|u.s.|usa|us|american|americans",
            "Soviet Union|soviet union|soviet|soviets|ussr",
            "Belarus|belarus|belarusian|belarusians|minsk",
            "Serbia|serbia|serbian|serbians|serbs",
            "Bosnia and Herzegovina|bosnia|bosnian|bosnians|bosniaks|srebrenica|sarajevo",
            "Chechnya|chechnya|chechen|chechens|grozny",
            "Turkey|turkish|ankara",
            "Saudi Arabia|saudi arabia|saudi|saudis|riyadh",
            "United Arab Emirates|united arab emirates|uae|emirati|emiratis|abu dhabi|dubai",
            "Bahrain|bahrain|bahraini|bahrainis",
            "Qatar|qatar|qatari|qataris|doha",
            "Kuwait|kuwait|kuwaiti|kuwaitis",
            "Oman|oman|omani|omanis",
            "Jordan|jordanian|jordanians|amman",
            "Kurds|kurd|kurds|kurdish",
            "Islamic State|islamic state|isis|isil|daesh",
            // more countries of past and present wars, so that a side is read wherever the war is
            "Peru|peru|peruvian|peruvians|lima|ayacucho|*shining path",
            "Guatemala|guatemala|guatemalan|guatemalans",
            "El Salvador|el salvador|salvadoran|salvadorans|san salvador",
            "Nicaragua|nicaragua|nicaraguan|nicaraguans|managua",
            "Honduras|honduras|honduran|hondurans|tegucigalpa",
            "Brazil|brazil|brazilian|brazilians|rio de janeiro|sao paulo",
            "Argentina|argentina|argentine|argentinian|argentines|buenos aires",
            "Chile|chile|chilean|chileans",
            "Bolivia|bolivia|bolivian|bolivians",
            "Cuba|cuba|cuban|cubans|havana",
            "Indonesia|indonesia|indonesian|indonesians|jakarta|aceh",
            "East Timor|east timor|timor leste|timorese",
            "Papua New Guinea|papua new guinea",
            "Bangladesh|bangladesh|bangladeshi|bangladeshis|dhaka",
            "Nepal|nepal|nepali|nepalese|kathmandu",
            "Algeria|algeria|algerian|algerians|algiers",
            "Tunisia|tunisia|tunisian|tunisians",
            "Morocco|morocco|moroccan|moroccans|rabat",
            "Western Sahara|western sahara|sahrawi|sahrawis|*polisario",
            "Chad|chad|chadian|chadians|ndjamena",
            "Burundi|burundi|burundian|burundians|bujumbura",
            "Tanzania|tanzania|tanzanian|tanzanians",
            "South Africa|south africa|south african|south africans|johannesburg|pretoria",
            "Zimbabwe|zimbabwe|zimbabwean|zimbabweans|harare",
            "Angola|angola|angolan|angolans|luanda",
            "Sierra Leone|sierra leone|sierra leonean|sierra leoneans|freetown",
            "Liberia|liberia|liberian|liberians|monrovia",
            "Ivory Coast|ivory coast|ivorian|ivorians|abidjan",
            "Guinea-Bissau|guinea bissau",
            "Equatorial Guinea|equatorial guinea",
            "Guinea|guinea|guinean|guineans|conakry",
            "Senegal|senegal|senegalese|dakar|casamance",
            "Benin|benin|beninese",
            "Togo|togo|togolese",
            "Ghana|ghana|ghanaian|ghanaians|accra",
            "Djibouti|djibouti",
            "Georgia|georgia|georgian|georgians|tbilisi|south ossetia|abkhazia",
            "Moldova|moldova|moldovan|moldovans|transnistria",
            "Kosovo|kosovo|kosovar|kosovars|pristina",
            "Croatia|croatia|croatian|croatians|zagreb",
            "Tajikistan|tajikistan|tajik|tajiks|dushanbe",
            "Kyrgyzstan|kyrgyzstan|kyrgyz|bishkek",
            "Uzbekistan|uzbekistan|uzbek|uzbeks",
            "Laos|laos|laotian|laotians",
            "Taiwan|taiwan|taiwanese|taipei",
            "Poland|poland|poles|warsaw",
            "Greece|greece|greek|greeks|athens",
            "Cyprus|cyprus|cypriot|cypriots|nicosia",
            "Italy|italy|italian|italians",
            "Spain|spain|spanish|madrid",
            "Canada|canada|canadian|canadians",
            "Australia|australia|australian|australians",
            "Netherlands|netherlands|dutch",
            // armed groups named without their country
            "Colombia|*farc|*eln",
            "Democratic Republic of the Congo|*m23|*adf",
            "Uganda|*lra|*lord's resistance army",
            "Mali|*jnim",
            "Nigeria|*iswap",
            "Myanmar|*arakan army",
            "Sudan|*janjaweed",
            "Russia|*wagner");

    /** When each war began, for "since the war began": by the side most written about. */
    private static final Map<String, LocalDate> WAR_STARTS = Map.of(
            "Ukraine", LocalDate.of(2022, 2, 24),
            "Russia", LocalDate.of(2022, 2, 24),
            "Israel", LocalDate.of(2023, 10, 7),
            "Palestine", LocalDate.of(2023, 10, 7),
            "Sudan", LocalDate.of(2023, 4, 15));

    static {
        for (String entry : ENTRIES) {
            String[] names = entry.split("\\|");
            for (int i = 1; i < names.length; i++) {
                String name = names[i];
                if (name.startsWith("*")) {
                    name = name.substring(1);
                    ACTORS.add(name);
                }
                SIDES.put(name, names[0]);
                String[] words = name.split(" ");
                BY_FIRST_WORD.computeIfAbsent(words[0], key -> new java.util.ArrayList<>()).add(new Name(words, names[0]));
            }
        }
    }

    static {
        BY_FIRST_WORD.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
    }

    private Gazetteer() {
    }

    /** The side a whole name stands for ("Palestinians", "gaza strip"), or null. */
    static String side(String name) {
        String side = SIDES.get(name); // the common call: one lower-case word
        return side != null ? side : SIDES.get(normalized(name));
    }

    private static String normalized(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Other names of a whole country, not of a part of it. */
    private static final java.util.Set<String> WHOLE = java.util.Set.of("democratic republic of congo", "dr congo", "drc",
            "congo", "united states", "usa", "u.s.", "britain", "united kingdom", "burma", "gaza", "gaza strip",
            "russian federation", "palestine");

    /** Whether the name stands for a whole side ("Sudan", "the Gaza Strip", "DR Congo"), not a place within it. */
    static boolean whole(String name) {
        String n = normalized(name);
        String side = SIDES.get(n);
        return side != null && (side.equalsIgnoreCase(n) || WHOLE.contains(n) || demonym(n) || ACTORS.contains(n));
    }

    /** The name a place was matched by, as the entries write it: "al shabaab" for "Al-Shabaab". */
    static String nameAt(List<Token> tokens, Place place) {
        StringBuilder name = new StringBuilder();
        for (int k = place.start(); k < place.end(); k++) {
            if (tokens.get(k).isWord()) {
                name.append(name.length() > 0 ? " " : "").append(tokens.get(k).lower());
            }
        }
        return name.toString();
    }

    /** Whether the name is an armed force or group ("IDF", "Hamas") rather than a country, people or place. */
    static boolean actor(String name) {
        return ACTORS.contains(name) || ACTORS.contains(normalized(name));
    }

    /** A people's name rather than a place's: "Ukrainian", "Palestinians" (words ending as demonyms do). */
    static boolean demonym(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return SIDES.containsKey(w) && w.indexOf(' ') < 0 && (w.endsWith("ian") || w.endsWith("ians") || w.endsWith("ese") || w.endsWith("ish")
                || w.endsWith("i") && !w.equals("mali") && !w.equals("hindi") || w.endsWith("is") || w.endsWith("an") || w.endsWith("ans"));
    }

    static LocalDate warStart(String side) {
        return WAR_STARTS.get(side);
    }

    /** The longest side name starting at token {@code k}, or null; never the tail of a longer one ("Korea" of "North Korea"). */
    static Place at(List<Token> tokens, int k) {
        if (!tokens.get(k).isWord()) {
            return null;
        }
        for (int start = Math.max(0, k - LONGEST + 1); start < k; start++) {
            Place earlier = longestAt(tokens, start);
            if (earlier != null && earlier.end() > k && earlier.end() - earlier.start() > 1) {
                return null;
            }
        }
        return longestAt(tokens, k);
    }

    private static Place longestAt(List<Token> tokens, int k) {
        Token first = tokens.get(k);
        List<Name> candidates = first.isWord() ? BY_FIRST_WORD.get(first.lower()) : null;
        if (candidates == null) {
            return null; // most words: one lookup of a hash the token's text already holds
        }
        if (first.is("us") && !first.allCaps()) {
            return null; // "US troops", not "told us"
        }
        for (Name name : candidates) { // longest first
            int j = k + 1;
            int matched = 1;
            while (matched < name.words().length && j < tokens.size()) {
                Token t = tokens.get(j);
                if (t.isPunct('-')) {
                    j++; // "deir el-balah", "al-shabaab"
                    continue;
                }
                if (!t.isWord() || !t.lower().equals(name.words()[matched])) {
                    break;
                }
                matched++;
                j++;
            }
            if (matched == name.words().length) {
                return new Place(name.side(), k, j);
            }
        }
        return null;
    }
}
