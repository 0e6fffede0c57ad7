package org.claimgraph.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.claimgraph.claims.extraction.ExtractionCasesTest.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who asserts a figure: the claimant read from the sentence and from the article around it. Each case is a short
 * text in our own words with one claim per {@code =>} line, written as in {@link ExtractionCasesTest}:
 * {@code claimant | subject | population | category | figures | qualifier | rate}.
 */
class ClaimantCasesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    /** A country or its capital said to speak stands for its government, unless the article names the body that spoke. */
    static Stream<Case> countriesAndCapitals() {
        return Case.table("""
                Ankara said 14 Turkish soldiers were killed in the clashes.
                => Government of Turkey | Turkey | MILITARY | KILLED | 14 | EXACT | -
                US believes 20,000 Russian soldiers have been wounded.
                => Government of the United States | Russia | MILITARY | WOUNDED | 20000 | EXACT | -
                The Russian Defence Ministry reported on the fighting. Moscow said 40 Ukrainian soldiers had been captured.
                => Russian Defence Ministry | Ukraine | MILITARY | CAPTURED | 40 | EXACT | -
                """);
    }

    /** A body's name may hold a possessive or linking words: the body speaks, not the country before its name. */
    static Stream<Case> namesOfBodies() {
        return Case.table("""
                A team at the University of Oxford published a study on the war. While the health ministry reported 37,000 deaths, the study estimates 64,000 Palestinians were killed.
                => health ministry | Palestine | ALL | KILLED | 37000 | EXACT | -
                => University of Oxford | Palestine | ALL | KILLED | 64000 | EXACT | -
                Researchers from Oxford University, the Karolinska Institute and other institutions estimate that 12,000 civilians were killed in Sudan.
                => Researchers from Oxford University, the Karolinska Institute and other institutions | Sudan | CIVILIAN | KILLED | 12000 | EXACT | -
                The UN and the Red Cross said 300 civilians were killed in Sudan.
                => UN and the Red Cross | Sudan | CIVILIAN | KILLED | 300 | EXACT | -
                The Israeli military and the Shin Bet said 12 soldiers were killed in Gaza.
                => Israeli military and the Shin Bet | Israel | MILITARY | KILLED | 12 | EXACT | -
                Lebanese Health Minister Firass Abiad said his ministry had recorded 30 deaths in Lebanon.
                => Firass Abiad | Lebanon | ALL | KILLED | 30 | EXACT | -
                Aid agencies and other groups said 12,000 civilians were killed in Sudan.
                => Aid agencies and other groups | Sudan | CIVILIAN | KILLED | 12000 | EXACT | -
                Peru's Commission for Truth and Reconciliation presented its report, finding that 69,000 people were killed.
                => Peru's Commission for Truth and Reconciliation | Peru | ALL | KILLED | 69000 | EXACT | -
                """);
    }

    /** Who a pronoun or a verb of speaking points at, and words that name no source at all. */
    static Stream<Case> cuesAndReferences() {
        return Case.table("""
                Reports indicate that 25 civilians were killed in shelling of El Fasher.
                => null | Sudan | CIVILIAN | KILLED | 25 | EXACT | -
                The same reports said 25 civilians were killed in El Fasher, the Sudan Doctors Network said.
                => Sudan Doctors Network | Sudan | CIVILIAN | KILLED | 25 | EXACT | -
                Nurse Amina Yusuf spoke to us on Monday. On Tuesday, surgeon Omar Haroun buried 40 people in Darfur, including a boy who he says was shot.
                => Omar Haroun | Sudan | ALL | KILLED | 40 | EXACT | -
                The army denied that 30 soldiers were killed in Mali.
                => army | Mali | MILITARY | KILLED | 30 | EXACT | -
                Authorities in Kinshasa said 270 people were killed in Congo. The group denied the killing of 40 civilians in Congo.
                => Authorities in Kinshasa | Democratic Republic of the Congo | ALL | KILLED | 270 | EXACT | -
                => group | Democratic Republic of the Congo | CIVILIAN | KILLED | 40 | EXACT | -
                """);
    }

    /**
     * A source carries into the sentences that go on with it, but not into the writer's own background: a new
     * paragraph opening on a bare count, a turn to another matter ("Meanwhile"), or figures after a paragraph in which a
     * witness only told what happened.
     */
    static Stream<Case> carriedOrTheOutlets() {
        return Stream.of(
                new Case("Survivors told reporters that gunmen stormed the wedding party. More than 30 people were killed in Mexico.",
                        null, List.of("Survivors | Mexico | ALL | KILLED | 30+ | AT_LEAST | -")),
                new Case("""
                        Survivors told reporters that gunmen stormed the wedding party.

                        More than 3,000 people have been killed in Mexico since the cartel war began.""",
                        null, List.of("null | Mexico | ALL | KILLED | 3000+ | AT_LEAST | -")),
                new Case("""
                        The army said 40 soldiers were killed in the ambush. Meanwhile, the total number of civilians killed \
                        in Mali stands at 900.""",
                        null, List.of("army | Mali | MILITARY | KILLED | 40 | EXACT | -", "null | Mali | CIVILIAN | KILLED | 900 | EXACT | -")),
                new Case("""
                        The health ministry said 30 people were killed in Gaza on Monday.

                        That brings the number of people killed in Gaza to 40,000.""",
                        null, List.of("health ministry | Palestine | ALL | KILLED | 30 | EXACT | -",
                                "health ministry | Palestine | ALL | KILLED | 40000 | EXACT | -")),
                new Case("""
                        Strikes killed 33 people in Lebanon on Saturday, the health ministry said.

                        In the south, strikes killed at least 13 people in Lebanon.""",
                        null, List.of("health ministry | Lebanon | ALL | KILLED | 33 | EXACT | -",
                                "health ministry | Lebanon | ALL | KILLED | 13+ | AT_LEAST | -")),
                new Case("""
                        Witnesses said the jets came back and fired at those carrying away the dead.

                        In March, at least 40 people were killed in an air strike on a market in Sagaing.""",
                        null, List.of("null | Myanmar | ALL | KILLED | 40+ | AT_LEAST | -")));
    }

    /** Words that point back to who spoke ("the same source", "according to him", "the information was confirmed by"), or to nobody; a headline's tag after a dash. */
    static Stream<Case> pointersBackAndNobody() {
        return Case.table("""
                Eleven civilians were killed in Kherson, the regional governor said. The same source said 30 more were injured.
                => regional governor | Ukraine | CIVILIAN | KILLED | 11 | EXACT | -
                => regional governor | Ukraine | ALL | WOUNDED | 30 | EXACT | -
                The WHO says 8,000 people have been killed in Yemen, but some estimates put the toll at up to 20,000.
                => WHO | Yemen | ALL | KILLED | 8000 | EXACT | -
                => null | Yemen | ALL | KILLED | ..20000 | AT_MOST | -
                Ivan Petrenko, mayor of the town, said Russian drones killed three people in Sumy.
                => Ivan Petrenko | Ukraine | ALL | KILLED | 3 | EXACT | -
                A farmer, Musa Adamu, told reporters that gunmen fired on the crowd. According to him, the gunmen killed over 20 people in Zamfara.
                => Musa Adamu | Nigeria | ALL | KILLED | 20+ | AT_LEAST | -
                A drone strike killed at least 15 civilians in Darfur. The information was confirmed on Tuesday by the Darfur Bar Association.
                => Darfur Bar Association | Sudan | CIVILIAN | KILLED | 15+ | AT_LEAST | -
                Fifteen soldiers killed and 20 injured in Gaza battle- Israeli army spokesman
                => Israeli army spokesman | Israel | MILITARY | KILLED | 15 | EXACT | -
                => Israeli army spokesman | Israel | MILITARY | WOUNDED | 20 | EXACT | -
                """);
    }

    /** One confidence band per kind of claim, most sure to least: the band each text's first claim falls in. */
    static Stream<Arguments> confidenceBands() {
        return Stream.of(
                Arguments.of("Twelve civilians were killed in Kharkiv, the UN Human Rights Monitoring Mission in Ukraine said.", 0.90, 1.00),
                Arguments.of("At least 40 Russian soldiers were killed, the Ukrainian General Staff said.", 0.60, 0.90),
                Arguments.of("About 40 civilians were killed in Kharkiv, the UN Human Rights Monitoring Mission in Ukraine said.", 0.50, 0.79),
                Arguments.of("Twelve civilians were killed in Kharkiv, witnesses said.", 0.50, 0.79),
                Arguments.of("Twelve civilians were killed in Kharkiv, Kyiv said.", 0.50, 0.79),
                Arguments.of("Twelve civilians were killed in Kharkiv on Monday.", 0.40, 0.70));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("confidenceBands")
    void confidenceSaysHowOftenSuchClaimsAreRight(String text, double atLeast, double atMost) {
        double confidence = EXTRACTOR.extract(text, null).get(0).confidence();
        assertTrue(confidence >= atLeast && confidence <= atMost, text + " at " + confidence);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({ "countriesAndCapitals", "namesOfBodies", "cuesAndReferences", "carriedOrTheOutlets", "pointersBackAndNobody" })
    void readsWhoAssertsTheFigure(Case c) {
        List<String> found = EXTRACTOR.extract(c.text(), c.publishedOn()).stream().map(claim -> Case.describe(claim, c)).toList();
        assertEquals(c.expected(), found, c.text());
    }
}
