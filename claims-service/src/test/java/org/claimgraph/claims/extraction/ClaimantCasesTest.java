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
                GENEVA: At least 12 Somali soldiers were killed when militants attacked a base in the south of the country, officials said on Sunday.
                => officials | Somalia | MILITARY | KILLED | 12+ | AT_LEAST | -
                UNICEF: 30 children killed in Sudan
                => UNICEF | Sudan | CIVILIAN | KILLED | 30 | EXACT | -
                The Defence Media Office - the press arm of the army - said that 12 soldiers were killed in Nigeria.
                => Defence Media Office | Nigeria | MILITARY | KILLED | 12 | EXACT | -
                The army's media wing said on Sunday that six soldiers were killed in Pakistan.
                => army's media wing | Pakistan | MILITARY | KILLED | 6 | EXACT | -
                Aid agencies and other groups said 12,000 civilians were killed in Sudan.
                => Aid agencies and other groups | Sudan | CIVILIAN | KILLED | 12000 | EXACT | -
                Peru's Commission for Truth and Reconciliation presented its report, finding that 69,000 people were killed.
                => Peru's Commission for Truth and Reconciliation | Peru | ALL | KILLED | 69000 | EXACT | -
                """);
    }

    /**
     * Who a pronoun or a verb of speaking points at, words that name no source at all ("earlier estimates"), and an
     * agency's dateline joined to its dash ("Ankara, AGENCY- ...") that is no part of the name.
     */
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
                The Taliban claimed responsibility for the attack in Afghanistan. This comes as earlier estimates showed over 150 people were killed in Afghanistan.
                => null | Afghanistan | ALL | KILLED | 150+ | AT_LEAST | -
                Ankara, AGENCY- Turkey's Defense Ministry said two soldiers were killed in Idleb.
                => Turkey's Defense Ministry | Turkey | MILITARY | KILLED | 2 | EXACT | -
                Kabul, PAJHWOK- The interior ministry said 14 policemen were killed in Afghanistan.
                => interior ministry | Afghanistan | MILITARY | KILLED | 14 | EXACT | -
                """);
    }

    /**
     * "The army", "the ministry" stand for a body named before (quoted or only mentioned), never for one the article
     * names only later; a body introduced as "a ... group" may be named in full after.
     */
    static Stream<Case> referencesBackward() {
        return Case.table("""
                Gunmen raided a camp of the Malian army in the centre of the country, and the army said on Friday that 17 soldiers were killed. Later the Chief of Staff of the Malian Armed Forces said he mourned them.
                => Malian army | Mali | MILITARY | KILLED | 17 | EXACT | -
                The army said 17 soldiers were killed in Mali. Later the Chief of Staff of the Malian Armed Forces said he mourned them.
                => army | Mali | MILITARY | KILLED | 17 | EXACT | -
                Health Minister Rajitha Perera visited the wounded. The defence ministry said 12 soldiers were killed in Sri Lanka on Monday. The ministry said three soldiers were missing in Sri Lanka.
                => defence ministry | Sri Lanka | MILITARY | KILLED | 12 | EXACT | -
                => defence ministry | Sri Lanka | MILITARY | MISSING | 3 | EXACT | -
                Health Minister Rajitha Perera visited the wounded. The defence ministry said 12 soldiers were killed in Sri Lanka. Since the start of the year, the ministry has claimed that 1,800 soldiers were killed in Sri Lanka.
                => defence ministry | Sri Lanka | MILITARY | KILLED | 12 | EXACT | -
                => defence ministry | Sri Lanka | MILITARY | KILLED | 1800 | EXACT | -
                A doctors' group says 20 people were killed in Sudan. The Sudan Doctors Network said the shelling went on.
                => Sudan Doctors Network | Sudan | ALL | KILLED | 20 | EXACT | -
                """);
    }

    /**
     * Who made a count, named after what it counts ("the estimate of the losses by X"), a body that gathered the
     * accounts it reports ("X received data on"), an acronym spelled out elsewhere in the article ("MoD"), and sources
     * cited by the outlet that reports them.
     */
    static Stream<Case> authorsOfCounts() {
        return Case.table("""
                The estimate of the Russian losses by the General Staff of the Ukrainian Armed Forces stands at more than 500,000 troops.
                => General Staff of the Ukrainian Armed Forces | Russia | MILITARY | CASUALTIES | 500000+ | AT_LEAST | -
                A tally of the dead by the Sudan Doctors Network puts the toll at 60 people in Sudan.
                => Sudan Doctors Network | Sudan | ALL | KILLED | 60 | EXACT | -
                The UN Human Rights Monitoring Mission in Ukraine published its report on Tuesday. The members of the monitoring mission received data on the killings of more than 200 civilians in Ukraine.
                => UN Human Rights Monitoring Mission in Ukraine | Ukraine | CIVILIAN | KILLED | 200+ | AT_LEAST | -
                30 soldiers killed in Afghanistan, MoD says. Officers were among the dead. The findings of the Ministry of Defense were released on Wednesday.
                => Ministry of Defense | Afghanistan | MILITARY | KILLED | 30 | EXACT | -
                Twelve soldiers were killed in an ambush in Burkina Faso, according to military sources cited by the national news agency.
                => military sources | Burkina Faso | MILITARY | KILLED | 12 | EXACT | -
                """);
    }

    /**
     * A group named in quotation marks before the place it is in; a pronoun after a quotation, not a person named
     * inside it; a person's name after a title and a place; the role of the person or the unnamed source just quoted.
     */
    static Stream<Case> peopleAndGroups() {
        return Case.table("""
                Fighting went on near the town. "Al Shabab" in Somalia claimed that 24 government soldiers were killed in the fighting.
                => Al Shabab | Somalia | MILITARY | KILLED | 24 | EXACT | -
                District Governor Halima Warsame Nur said the town was calm. "We lost three soldiers in Somalia, and our aide Yusuf Ali Farah was hurt," she added.
                => Halima Warsame Nur | Somalia | MILITARY | KILLED | 3 | EXACT | -
                Kassala District Commissioner Osman Idris Bakri said the town was calm. "We lost four soldiers in Sudan," Bakri said.
                => Osman Idris Bakri | Sudan | MILITARY | KILLED | 4 | EXACT | -
                Amina Bello, the head of a farmers' union, spoke in Maiduguri. The union leader, who met reporters in Maiduguri, Borno State, on Monday, said 30 farmers were killed in Nigeria.
                => Amina Bello | Nigeria | CIVILIAN | KILLED | 30 | EXACT | -
                Sani Musa, the convener of a youth forum, said the village was attacked. The youth leader, who spoke in Minna, said 12 villagers were killed in Nigeria.
                => Sani Musa | Nigeria | CIVILIAN | KILLED | 12 | EXACT | -
                A senior army official said 14 soldiers were killed in Mali. Two more soldiers were missing in Mali, said the official, who asked not to be named.
                => senior army official | Mali | MILITARY | KILLED | 14 | EXACT | -
                => senior army official | Mali | MILITARY | MISSING | 2 | EXACT | -
                """);
    }

    /**
     * "These strikes have resulted in ..." goes on with the events, and the source, of the sentence before; a headline
     * rounding the body's "up to" figure is the body's statement, with its source; an exact figure just past the round
     * bound the same source gave restates it.
     */
    static Stream<Case> restatedAndContinued() {
        return Stream.of(
                new Case("According to the UN Human Rights Office, it was the tenth strike on a school in Gaza since July. These "
                        + "strikes have resulted in at least 270 deaths in Gaza.",
                        null, List.of("UN Human Rights Office | Palestine | ALL | KILLED | 270+ | AT_LEAST | -")),
                new Case("""
                        Ukraine lost nearly 3,000 soldiers last week
                        The Russian Defence Ministry said Ukraine lost up to 2,975 soldiers in the past week.""",
                        null, List.of("Russian Defence Ministry | Ukraine | MILITARY | CASUALTIES | ..2975 | AT_MOST | -")),
                new Case("More than 12,300 people have been killed in Sudan, the health ministry said. \"In 200 days of war, "
                        + "12,341 people have been killed in Sudan,\" the ministry said.",
                        null, List.of("health ministry | Sudan | ALL | KILLED | 12300+ | AT_LEAST | -")));
    }

    /** A person's name with particles, and a subject parted from its verb by a clause of its own. */
    static Stream<Case> namesAndClauses() {
        return Case.table("""
                Defence Minister Ana Maria de Souza spoke to parliament on Monday. "Our forces lost 40 soldiers in Mozambique," de Souza said.
                => Ana Maria de Souza | Mozambique | MILITARY | CASUALTIES | 40 | EXACT | -
                The rebel Movement for Justice and Equality (JEM), which has fought the government in Darfur for years, said 30 civilians were killed in Sudan.
                => Movement for Justice and Equality | Sudan | CIVILIAN | KILLED | 30 | EXACT | -
                The Islamist group Al-Shabaab, who control large parts of the south, the centre and the coast, said 25 soldiers were killed in Somalia.
                => Islamist group Al-Shabaab | Somalia | MILITARY | KILLED | 25 | EXACT | -
                """);
    }

    /**
     * A source carries into the sentences that go on with it (a bulletin's "In another operation", even after a
     * paragraph break), but not into the writer's own background: a new
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
                        The Malian army said that gunmen attacked two checkpoints and three police posts overnight.

                        Five soldiers were killed in Mali, it said.""",
                        null, List.of("Malian army | Mali | MILITARY | KILLED | 5 | EXACT | -")),
                new Case("""
                        The army's media office said troops killed nine terrorists in a raid in Khyber Pakhtunkhwa.

                        In a separate operation in the same district, five more terrorists were killed.""",
                        null, List.of("army's media office | jihadists | MILITARY | KILLED | 9 | EXACT | -",
                                "army's media office | jihadists | MILITARY | KILLED | 5 | EXACT | -")),
                new Case("""
                        The army's media office said troops killed nine terrorists in a raid in Khyber Pakhtunkhwa.

                        Last year, seven terrorists were killed near the border.""",
                        null, List.of("army's media office | jihadists | MILITARY | KILLED | 9 | EXACT | -",
                                "null | jihadists | MILITARY | KILLED | 7 | EXACT | -")),
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

    /**
     * Words at a sentence's start that name nobody: a city in capitals before the colon of a story's first sentence is
     * where it was filed, and "this report" is a noun, not a verb with a subject before it.
     */
    static Stream<Case> datelinesAndOpeners() {
        return Case.table("""
                DHAKA: At least 12 soldiers were reportedly killed in clashes in Myanmar on Sunday.
                => null | Myanmar | MILITARY | KILLED | 12+ | AT_LEAST | -
                CAIRO: An airstrike killed eight civilians in Sudan, residents and activists said.
                => residents and activists | Sudan | CIVILIAN | KILLED | 8 | EXACT | -
                Based on this report, 20 civilians were killed in El Fasher on Friday.
                => null | Sudan | CIVILIAN | KILLED | 20 | EXACT | -
                """);
    }

    /**
     * A named speaker relays a side's count ("said Israel's estimate puts ..."): the speaker gives the figure, and a
     * security official counting a war's dead counts the war's, not the own side's; a report's authors give its
     * figures, not the body it was written to.
     */
    static Stream<Case> speakersRelayingCounts() {
        return Case.table("""
                The Gaza health ministry said 48,000 people had been killed in Gaza. A senior Israeli security official said Israel's own estimate puts the number of dead at about 45,000.
                => Gaza health ministry | Palestine | ALL | KILLED | 48000 | EXACT | -
                => senior Israeli security official | Palestine | ALL | KILLED | 45000 | APPROXIMATELY | -
                A Ukrainian military official said that Russia's latest figures show 300 civilians were killed in Kursk.
                => Ukrainian military official | Russia | CIVILIAN | KILLED | 300 | EXACT | -
                A report by Human Rights Watch to the UN Security Council said 300 civilians were killed in Darfur.
                => Human Rights Watch | Sudan | CIVILIAN | KILLED | 300 | EXACT | -
                A report by experts to the UN, seen by reporters on Monday, said 33 civilians were killed in Mali.
                => experts | Mali | CIVILIAN | KILLED | 33 | EXACT | -
                """);
    }

    /**
     * A source named after "than" gave another count, the one compared with; a statement still to come ("a statement
     * from the ministry will follow, said X") is part of what the speaker after the comma tells.
     */
    static Stream<Case> comparedCounts() {
        return Case.table("""
                The estimate put the number of soldiers killed in Ukraine at 40,000, far more than Kyiv has admitted, the New York Times reported.
                => New York Times | Ukraine | MILITARY | KILLED | 40000 | EXACT | -
                At least 120 people were killed in Sudan, more than the army has acknowledged, Reuters reported.
                => Reuters | Sudan | ALL | KILLED | 120+ | AT_LEAST | -
                Three soldiers were killed in Mali on Monday, and a full statement from the ministry will follow, said the spokesman.
                => spokesman | Mali | MILITARY | KILLED | 3 | EXACT | -
                """);
    }

    /**
     * Figures the report takes as known: the count a new one replaces ("raising the toll from nine"), and what a
     * speaker gives a name to ("described the 500-for-500 exchange as ..."), unlike what the speaker says of the dead.
     */
    static Stream<Case> replacedCounts() {
        return Case.table("""
                A bomb attack in Kabul on Monday killed 14 people, a police spokesman said, raising the earlier death toll from nine.
                => police spokesman | Afghanistan | ALL | KILLED | 14 | EXACT | -
                => null | Afghanistan | ALL | KILLED | 9 | EXACT | -
                The strike killed 20 civilians in Kharkiv, the governor said, bringing the toll to 35.
                => governor | Ukraine | CIVILIAN | KILLED | 20 | EXACT | -
                => governor | Ukraine | CIVILIAN | KILLED | 35 | EXACT | -
                Russia and Ukraine swapped prisoners on Friday. Colonel Ivan Petrenko, a brigade commander, described the 500-for-500 exchange as a mockery.
                => null | Russia | MILITARY | CAPTURED | 500 | EXACT | -
                => null | Ukraine | MILITARY | CAPTURED | 500 | EXACT | -
                Ukraine's army described 40 of the dead as Russian soldiers.
                => Ukraine's army | Russia | MILITARY | KILLED | 40 | EXACT | -
                """);
    }

    /**
     * A sentence after the figures that names the people counted again ("The casualties were confirmed ...") gives their
     * source in its closing "..., X reported", not in a body it quotes on the way.
     */
    static Stream<Case> countedNamedAgain() {
        return Case.table("""
                At least four soldiers were killed and nine wounded in an ambush in northern Mali. The casualties were confirmed in what the army called a complex attack near Gao, Radio Kledu reported.
                => Radio Kledu | Mali | MILITARY | KILLED | 4+ | AT_LEAST | -
                => Radio Kledu | Mali | MILITARY | WOUNDED | 9 | EXACT | -
                """);
    }

    /** A count of another, earlier event ("in a similar raid about a year ago") is the writer's background, not the source's. */
    static Stream<Case> earlierEvents() {
        return Case.table("""
                Gunmen killed 12 villagers in Zamfara State on Sunday, police spokesman Mohammed Shehu said. Twenty people were killed in a similar raid on a nearby village about a year ago.
                => Mohammed Shehu | Nigeria | CIVILIAN | KILLED | 12 | EXACT | -
                => null | Nigeria | ALL | KILLED | 20 | EXACT | -
                Gunmen killed 12 villagers in Zamfara State on Sunday, police spokesman Mohammed Shehu said. Twenty others were wounded in the raid.
                => Mohammed Shehu | Nigeria | CIVILIAN | KILLED | 12 | EXACT | -
                => Mohammed Shehu | Nigeria | ALL | WOUNDED | 20 | EXACT | -
                """);
    }

    /** A sentence within a quotation that opened sentences before and closes later is the quoted speaker's too. */
    static Stream<Case> withinQuotations() {
        return Case.table("""
                Amina Yusuf, who heads the hospital in El Fasher, said the city was under fire. "We received 40 dead civilians on Monday. Shelling wounded 120 civilians in El Fasher on Tuesday. The wards are full and we lack medicine," she said.
                => Amina Yusuf | Sudan | CIVILIAN | KILLED | 40 | EXACT | -
                => Amina Yusuf | Sudan | CIVILIAN | WOUNDED | 120 | EXACT | -
                """);
    }

    /** Who speaks for talks between the sides: a mediator, a negotiator or an envoy, also after a headline's comma. */
    static Stream<Case> mediatorsAndEnvoys() {
        return Case.table("""
                War in Sudan may have killed 150,000 people, US envoy say
                => US envoy | Sudan | ALL | KILLED | 150000 | EXACT | -
                Fighting in Tigray killed 300 people, a negotiator said.
                => negotiator | Ethiopia | ALL | KILLED | 300 | EXACT | -
                """);
    }

    /**
     * "The outlet said" stands for the news outlet named before, known by a word of its name ("Post", "BBC"); a body's
     * media or press wing speaks for it under that name, and does not speak for the "militants" it counts.
     */
    static Stream<Case> outletsAndMediaWings() {
        return Case.table("""
                The strike on a barracks in Kharkiv was deadlier than admitted, the Kyiv Post reported on Tuesday. Thirty soldiers were killed in the barracks, the outlet said. Another ten soldiers are missing.
                => Kyiv Post | Ukraine | MILITARY | KILLED | 30 | EXACT | -
                => Kyiv Post | Ukraine | MILITARY | MISSING | 10 | EXACT | -
                The army's media wing said on Sunday that four soldiers were killed in an ambush in northern Mali.
                => army's media wing | Mali | MILITARY | KILLED | 4 | EXACT | -
                The military's press wing said 12 militants were killed in Borno State.
                => military's press wing | jihadists | MILITARY | KILLED | 12 | EXACT | -
                """);
    }

    /** "It said" after a sentence opening with a noun of what is counted ("Deaths have ...") stands for the body heard before. */
    static Stream<Case> itAfterCountedNouns() {
        return Case.table("""
                Gaza's health ministry updated its count on Monday. Deaths have reached 23,000 since the war began, it said.
                => Gaza's health ministry | Palestine | ALL | KILLED | 23000 | EXACT | -
                """);
    }

    /** An aside set off by dashes between a name and its verb describes the speaker; the name before it speaks. */
    static Stream<Case> asidesInDashes() {
        return Case.table("""
                The Joint Task Force - the press office of the armed forces in the northeast - said on Monday that 30 soldiers were killed in Nigeria.
                => Joint Task Force | Nigeria | MILITARY | KILLED | 30 | EXACT | -
                """);
    }

    /** A country's estimates are given by its officials; the country speaking itself is its government. */
    static Stream<Case> countriesEstimates() {
        return Case.table("""
                UK estimates put the number of Russian soldiers killed at around 50,000.
                => UK officials | Russia | MILITARY | KILLED | 50000 | APPROXIMATELY | -
                Israel said 30 soldiers were killed in Gaza.
                => Government of Israel | Israel | MILITARY | KILLED | 30 | EXACT | -
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
    @MethodSource({ "countriesAndCapitals", "namesOfBodies", "cuesAndReferences", "carriedOrTheOutlets", "referencesBackward",
            "namesAndClauses", "authorsOfCounts", "peopleAndGroups",
            "restatedAndContinued", "pointersBackAndNobody", "datelinesAndOpeners",
            "speakersRelayingCounts", "mediatorsAndEnvoys", "comparedCounts", "withinQuotations",
            "replacedCounts", "countedNamedAgain", "earlierEvents", "outletsAndMediaWings", "itAfterCountedNouns", "asidesInDashes", "countriesEstimates" })
    void readsWhoAssertsTheFigure(Case c) {
        List<String> found = EXTRACTOR.extract(c.text(), c.publishedOn()).stream().map(claim -> Case.describe(claim, c)).toList();
        assertEquals(c.expected(), found, c.text());
    }
}
