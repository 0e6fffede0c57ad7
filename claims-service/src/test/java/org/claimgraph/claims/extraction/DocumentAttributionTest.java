package org.claimgraph.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who a figure belongs to when its sentence names nobody, or names somebody only through a pronoun: quotations that
 * run over several sentences, sentences that go on with the source before, and pronouns that must not stand for a
 * count. Each case is a short article and the claims read from it, as "claimant [how] subject category figure".
 */
class DocumentAttributionTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    record Case(String name, String text, List<String> claims) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a quotation over two sentences is the speaker's named where it closes", """
                        The relief agency published its findings on Monday. \
                        “Nine people were injured in the shelling of Kharkiv. Four houses burned down,” the agency said.""",
                        List.of("agency [FOLLOWING_SENTENCE] Ukraine WOUNDED Nine")),
                new Case("a quotation on its own goes on quoting the speaker before", """
                        Governor Anna Petrenko said twelve residents of Kherson died.
                        “Thirty more people were hurt. Rescuers are still at work.”""",
                        List.of("Anna Petrenko [STATED] Ukraine KILLED twelve",
                                "Anna Petrenko [CONTINUED] Ukraine WOUNDED Thirty")),
                new Case("a sentence set in the same period goes on with the report before", """
                        At least 410 people were killed in Haiti in the first quarter, the UN rights office said.
                        During the same period, 120 people were kidnapped.""",
                        List.of("UN rights office [STATED] Haiti KILLED At least 410",
                                "UN rights office [CONTINUED] Haiti CAPTURED 120")),
                new Case("a count carried to one sentence carries on to the next that breaks it down", """
                        The city's mayor, Ivan Kovalenko, reported the attack on Kyiv overnight.
                        As of 7 a.m., 31 people in Kyiv were injured. 12 of them were hospitalised.""",
                        List.of("Ivan Kovalenko [CONTINUED] Ukraine WOUNDED 31",
                                "Ivan Kovalenko [CONTINUED] Ukraine WOUNDED 12")),
                new Case("a new paragraph on the event told before goes on with its teller", """
                        Villagers told Radio Dabanga that a drone hit a market in El Fasher.

                        The strike killed 14 people and wounded 30 others.""",
                        List.of("Villagers [CONTINUED] Sudan KILLED 14", "Villagers [CONTINUED] Sudan WOUNDED 30")),
                new Case("a sentence about another event is no part of the account before", """
                        Villagers told Radio Dabanga that a drone hit a market in El Fasher.

                        The attack comes a week after shelling in El Fasher killed 14 people.""",
                        List.of("null [UNATTRIBUTED] Sudan KILLED 14")),
                new Case("a count opening a new paragraph is the writer's own telling, not the speaker's before", """
                        Twelve Malian soldiers were killed in the ambush near Gao, army spokesman Souleymane Dembele said.

                        Three more Malian soldiers were killed when a convoy hit a mine near Menaka in Mali.""",
                        List.of("Souleymane Dembele [STATED] Mali KILLED Twelve", "null [UNATTRIBUTED] Mali KILLED Three")),
                new Case("paragraphs between two cues of the same body tell its statement", """
                        The Somali National Army said in a statement that its troops raided three militant camps in Somalia overnight.

                        "Our forces stormed the first camp at dawn and the enemy fled," it said.

                        In a second raid near Jowhar, eight militants were killed by the troops.

                        Weapons and explosives were seized at all three sites, the Somali National Army added.""",
                        List.of("Somali National Army [CONTINUED] jihadists KILLED eight")),
                new Case("a paragraph before somebody else is heard is not the statement before it", """
                        Kenyan troops raided camps near Kismayo in Somalia overnight, the defence ministry said.

                        At a second camp, nine militants were killed.

                        Farmers fled the area, a village elder told reporters.""",
                        List.of("null [UNATTRIBUTED] jihadists KILLED nine")),
                new Case("a sentence opening on 'according to' tells its source's own news, not where the count came from", """
                        Gunmen killed seven soldiers and wounded four in an ambush in Niger. \
                        According to local officials, the wounded were flown to a hospital in Niamey.""",
                        List.of("null [UNATTRIBUTED] Niger KILLED seven", "null [UNATTRIBUTED] Niger WOUNDED four")),
                new Case("'according to a statement' after a count names where the count came from", """
                        Gunmen killed seven soldiers in an ambush in Niger. \
                        According to a statement from the defence ministry, the attack took place at dawn.""",
                        List.of("defence ministry [FOLLOWING_SENTENCE] Niger KILLED seven")),
                new Case("'based on that report' points back to the source heard before, even in a new paragraph", """
                        The Israeli army said 200 soldiers were wounded since October.

                        Based on that report, 35 of the wounded soldiers are in critical condition.""",
                        List.of("Israeli army [STATED] Israel WOUNDED 200", "Israeli army [CONTINUED] Israel WOUNDED 35")),
                new Case("'the fighting' the speaker before told of, opening a paragraph, goes on with its teller", """
                        Army spokesman Ramon Cruz said troops engaged rebels near Davao in the Philippines on Sunday.

                        The fighting killed four soldiers and wounded two.""",
                        List.of("Ramon Cruz [CONTINUED] Philippines KILLED four", "Ramon Cruz [CONTINUED] Philippines WOUNDED two")),
                new Case("a count 'estimated to' be so names nobody on purpose, after a speaker too", """
                        The health ministry said 40 people were killed in Gaza on Monday. \
                        Up to 900 people are estimated to be missing under the rubble.""",
                        List.of("health ministry [STATED] Palestine KILLED 40", "null [UNATTRIBUTED] Palestine MISSING Up to 900")),
                new Case("a count within the paragraph goes on with the speaker before", """
                        Twelve Malian soldiers were killed in the ambush near Gao, army spokesman Souleymane Dembele said. \
                        Three more Malian soldiers were killed when a convoy hit a mine near Menaka in Mali.""",
                        List.of("Souleymane Dembele [STATED] Mali KILLED Twelve", "Souleymane Dembele [CONTINUED] Mali KILLED Three")),
                new Case("a pronoun after a count stands for the organization named before, not for the number word", """
                        The Free Valley Brigade said it had repelled the assault near Kabul.
                        Two Afghan fighters had been killed and five wounded, it said.""",
                        List.of("Free Valley Brigade [PRONOUN] Afghanistan KILLED Two",
                                "Free Valley Brigade [PRONOUN] Afghanistan WOUNDED five")),
                new Case("the statement said is the statement of whoever issued one before", """
                        The Kherson Regional Military Administration said in a statement that nine people were killed overnight.
                        Shelling also wounded 14 residents of Kherson, the statement said.""",
                        List.of("Kherson Regional Military Administration [STATED] Ukraine KILLED nine",
                                "Kherson Regional Military Administration [STATED] Ukraine WOUNDED 14")),
                new Case("the statement is the one of the person heard before, not of a body the article names later", """
                        The governor Oleh Kiper reported the attack on Odesa overnight.
                        "Several houses are on fire," the statement said.
                        As of 5 a.m., 17 people in Odesa were injured. 9 of them were hospitalised.
                        By noon, according to the State Emergency Service, 3 people were dead in Odesa.""",
                        List.of("Oleh Kiper [CONTINUED] Ukraine WOUNDED 17", "Oleh Kiper [CONTINUED] Ukraine WOUNDED 9",
                                "State Emergency Service [STATED] Ukraine KILLED 3")),
                new Case("the statement of a ministry quoted without its name goes to that ministry", """
                        "Shelling wounded 40 people in Rafah," the health ministry said in a statement.
                        Airstrikes also killed 12 people in Khan Younis, the statement said.
                        Israeli officials say the strikes targeted militants.""",
                        List.of("health ministry [STATED] Palestine WOUNDED 40", "health ministry [STATED] Palestine KILLED 12")),
                new Case("UN experts are the body of the UN the article named, not the UN as a whole", """
                        A report of the Monitoring Mission of the UN Human Rights Office covers the war in Ukraine.
                        UN experts recorded the deaths of 1,200 civilians in Ukraine.""",
                        List.of("Monitoring Mission of the UN Human Rights Office [STATED] Ukraine KILLED 1,200")),
                new Case("a group whose name ends in its acronym is an organization a pronoun can stand for", """
                        More than 20 soldiers were killed in Sagaing, according to the Kani Township PDF.
                        Two resistance fighters died in Sagaing, it said.""",
                        List.of("Kani Township PDF [STATED] Myanmar KILLED More than 20",
                                "Kani Township PDF [PRONOUN] Myanmar KILLED Two")),
                new Case("a total the sentence brings the count before to is the source's of that count", """
                        The Darfur Medics Network has documented 300 civilian deaths in El Fasher this week.                         This brings the number of deaths in El Fasher to over 2,000.
                        Aid workers told Reuters that these figures leave out the camps.""",
                        List.of("Darfur Medics Network [STATED] Sudan KILLED 300", "Darfur Medics Network [CONTINUED] Sudan KILLED over 2,000")),
                new Case("a sentence after the figures saying who announced them names their source", """
                        After a missile strike on Kharkiv, 14 civilians were injured.                         The regional governor, Oleh Syniehubov, announced this on Monday.""",
                        List.of("Oleh Syniehubov [FOLLOWING_SENTENCE] Ukraine WOUNDED 14")),
                new Case("daily updates a ministry stopped issuing are no speaker of the ministry's figures", """
                        The Gaza health ministry said 2,500 people had been killed in Gaza by April.
                        The ministry stopped issuing daily updates of the toll on May 2 after the power cuts.
                        Later the ministry said the toll in Gaza had passed 3,000.""",
                        List.of("Gaza health ministry [STATED] Palestine KILLED 2,500", "Gaza health ministry [STATED] Palestine KILLED passed 3,000")),
                new Case("the group is the body that reported last, not an earlier one with a group word in its name", """
                        The Darfur Medics Network said 12 civilians were killed in El Fasher.
                        Later, the Emergency Rooms of Kutum, another volunteer group, reported that an RSF unit raided Kutum.
                        "Shelling of the market of Kutum killed at least 9 civilians," the group said.""",
                        List.of("Darfur Medics Network [STATED] Sudan KILLED 12", "Emergency Rooms of Kutum [STATED] Sudan KILLED at least 9")),
                new Case("a minister named with his title before a comma speaks, not the outlet he told", """
                        Four people died in Tyre, the Lebanese Health Minister, Firass Abiad, told the BBC.
                        Mr Abiad, however, said Israel's strikes had not stopped.
                        He also said that 11 people were wounded in Tyre.""",
                        List.of("Firass Abiad [STATED] Lebanon KILLED Four", "Firass Abiad [PRONOUN] Lebanon WOUNDED 11")),
                new Case("a quotation written without a space after the full stop is a sentence of its own", """
                        Russia's Defence Ministry said a missile hit Belgorod, which could not be verified."Nine people were injured in Belgorod,"                         emergency services were quoted as saying by the TASS news agency.""",
                        List.of("emergency services [STATED] Russia WOUNDED Nine")),
                new Case("researchers with no determiner are some researchers, not the authors of the study named before", """
                        A study by the Darfur Mortality Project counted 9,000 deaths in Darfur.
                        Using wider multipliers, researchers estimate that 20,000 people died in Darfur.""",
                        List.of("Darfur Mortality Project [STATED] Sudan KILLED 9,000", "researchers [STATED] Sudan KILLED 20,000")),
                new Case("a rights group is the body named before with rights in its name, not the last one named", """
                        The Syrian Observatory for Human Rights said 40 civilians died in Idlib.
                        The United Nations said it was alarmed by the fighting.
                        The rights group also said 90 people were wounded in Idlib.""",
                        List.of("Syrian Observatory for Human Rights [STATED] Syria KILLED 40",
                                "Syrian Observatory for Human Rights [STATED] Syria WOUNDED 90")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsWhoseFigureItIs(Case c) {
        assertEquals(c.claims(), EXTRACTOR.extract(c.text(), null).stream()
                .map(claim -> claim.claimant() + " [" + claim.attribution() + "] " + claim.subject() + " " + claim.category() + " " + claim.figure())
                .toList());
    }
}
