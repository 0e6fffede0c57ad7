package org.claimgraph.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimgraph.claims.extraction.ExtractedClaim.Attribution;
import org.junit.jupiter.api.Test;

/** What takes more than one sentence to read: pronouns, sentences that go on, names given once, repeated figures. */
class ArticleReadingTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private static List<String> read(String text) {
        return EXTRACTOR.extract(text, null).stream()
                .map(c -> c.claimant() + " [" + c.attribution() + "] " + c.subject() + " " + c.category() + " " + c.figure())
                .toList();
    }

    @Test
    void pronounsStandForTheLastPersonOrOrganizationNamed() {
        assertEquals(List.of(
                "Ukrainian General Staff [STATED] Russia CASUALTIES over 139,000",
                "Ukrainian General Staff [PRONOUN] Ukraine KILLED up to 13,000",
                "Volodymyr Zelensky [PRONOUN] Russia MISSING between 50,000 and 70,000"),
                read("""
                        The Ukrainian General Staff believes that over 139,000 Russian troops have been killed or injured. \
                        It only recognizes the deaths of up to 13,000 Ukrainian soldiers.
                        According to Volodymyr Zelensky, Russia's medical care is poor. \
                        He also noted that between 50,000 and 70,000 Russian soldiers are missing in action."""));
    }

    @Test
    void aSentenceWithoutClaimantGoesOnFromTheOneBefore() {
        assertEquals(List.of(
                "Volodymyr Zelensky [STATED] Ukraine CASUALTIES 45,100",
                "Volodymyr Zelensky [CONTINUED] Ukraine WOUNDED approximately 390,000"),
                read("""
                        Zelensky disclosed that Ukraine has suffered 45,100 military casualties. Additionally, approximately \
                        390,000 Ukrainian soldiers have been wounded. President Volodymyr Zelensky spoke on Monday."""));
    }

    @Test
    void statisticsLaterInTheArticleAreTheSourcesTheArticleLastNamed() {
        assertEquals(List.of(
                "Airwars [STATED] Syria KILLED 1,200",
                "Airwars [CONTINUED] Syria KILLED 300",
                "null [UNATTRIBUTED] Syria KILLED 12"),
                read("""
                        Airwars said it had found the names of 1,200 Syrian civilians killed in the campaign.

                        Aid convoys reached the north on Tuesday.

                        The number of Syrian children among the dead rose to 300.

                        Later, rockets hit a market, killing 12 Syrians."""));
    }

    @Test
    void aSentenceThatBreaksTheCountDownGoesOnWithItsSource() {
        assertEquals(List.of(
                "monitoring group [STATED] Yemen KILLED 90",
                "monitoring group [CONTINUED] Yemen KILLED eight",
                "monitoring group [CONTINUED] Yemen KILLED 11"),
                read("""
                        In Yemen, 90 people were killed in the past month, the monitoring group said.                         The dead included eight teachers and 11 nurses."""));
    }

    @Test
    void theOccupierIsNotTheSideWhoseCiviliansAreCounted() {
        assertEquals(List.of("UN monitors [STATED] Ukraine KILLED 40"),
                read("""
                        Shelling hit Russian-occupied towns and Russian-occupied villages near Ukraine's south.                         UN monitors said 40 civilians were killed."""));
    }

    @Test
    void aBareNumberQuotedLaterRestatesTheBoundItsSourceGave() {
        assertEquals(List.of("Iraq's health ministry [STATED] Iraq KILLED at least 64"),
                read("""
                        Iraq's health ministry said at least 64 Iraqis were killed in the bombing.                         "64 Iraqis were killed," the health ministry said in its statement."""));
    }

    @Test
    void theSpeakersOwnLossesAreItsSide() {
        assertEquals(List.of(
                "Azerbaijan's defence ministry [STATED] Armenia CASUALTIES 300",
                "Azerbaijan's defence ministry [STATED] Azerbaijan CASUALTIES 12"),
                read("""
                        Azerbaijan's defence ministry said Armenia lost 300 soldiers in the fighting.                         The ministry said its own losses were 12."""));
    }

    @Test
    void theGroupIsTheArmedGroupNamedBefore() {
        assertEquals(List.of(
                "Hezbollah [STATED] Lebanon KILLED 14",
                "Hezbollah [STATED] Lebanon WOUNDED 30"),
                read("""
                        Hezbollah said 14 of its fighters were killed in southern Lebanon.                         The group added that 30 were wounded."""));
    }

    @Test
    void aFullStopWithoutItsSpaceStillEndsTheSentence() {
        assertEquals(List.of(
                "null [UNATTRIBUTED] Israel KILLED two",
                "Israeli police [STATED] Israel WOUNDED 14"),
                read("""
                        A rocket hit a bus in Haifa, Israel, killing two people.Israeli police said 14 people were wounded."""));
    }

    @Test
    void anUpdateAsOfAnHourIsTheCountOfItsSource() {
        assertEquals(List.of(
                "Ihor Terekhov [STATED] Ukraine KILLED three",
                "Ihor Terekhov [CONTINUED] Ukraine WOUNDED 17"),
                read("""
                        Kharkiv mayor Ihor Terekhov said three people were killed in the strike on Kharkiv.

                        As of 9 a.m., 17 people were injured."""));
    }

    @Test
    void oneFigureToldAgainWithItsSourceIsOneClaim() {
        assertEquals(List.of(
                "Pakistani officials [STATED] Pakistan KILLED at least 31",
                "Pakistani officials [STATED] Pakistan WOUNDED 57"),
                read("""
                        Strikes on Pakistan

                        Pakistani officials say Indian strikes have killed at least 31 people and wounded 57 in Pakistan.

                        Army spokesman Ahmed Sharif said 31 Pakistanis were killed and 57 were wounded."""));
    }

    @Test
    void theGroupCanBeAnyOrganizationNamedBefore() {
        assertEquals(List.of(
                "Emergency Lawyers [STATED] Sudan KILLED 18",
                "Emergency Lawyers [STATED] Sudan WOUNDED 40"),
                read("""
                        The Emergency Lawyers said 18 Sudanese civilians were killed in the shelling.                         The group said 40 more were wounded."""));
    }

    @Test
    void theReportAndItsStatisticsAreWhoeverPublishedThem() {
        assertEquals(List.of(
                "Peruvian Truth Commission [STATED] Peru KILLED 69,000",
                "Peruvian Truth Commission [STATED] Peru MISSING 15,000",
                "Peruvian Truth Commission [STATED] Peru CAPTURED 4,000"),
                read("""
                        The Peruvian Truth Commission published its final report, saying 69,000 Peruvians were killed.

                        The report further notes that 15,000 Peruvians disappeared.

                        The statistics highlighted in the report show that 4,000 Peruvians were kidnapped."""));
    }

    @Test
    void aFollowingSentenceCanNameTheClaimant() {
        assertEquals(List.of("Ukraine's General Staff [FOLLOWING_SENTENCE] Russia KILLED Some 500"),
                read("Some 500 Russian soldiers were killed overnight. That is according to Ukraine's General Staff."));
    }

    @Test
    void eachSideIsOneClaimPerSideOfTheWar() {
        assertEquals(List.of(
                "Western intelligence agencies [STATED] Russia KILLED around 150,000",
                "Western intelligence agencies [STATED] Ukraine KILLED around 150,000"),
                read("""
                        Ukraine and Russia exchanged accusations. \
                        Western intelligence agencies believe each side has sustained around 150,000 deaths."""));
    }

    @Test
    void aHeadlineAndTheBodyGivingTheSameFigureAreOneClaimKeepingTheDates() {
        List<ExtractedClaim> claims = EXTRACTOR.extract("""
                Zelensky: 55,000 Ukrainian soldiers killed

                Volodymyr Zelensky has revealed that 55,000 Ukrainian soldiers have been killed since the war with Russia began.""",
                null);
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("Volodymyr Zelensky", claims.get(0).claimant());
        assertEquals(Attribution.STATED, claims.get(0).attribution());
        assertEquals("2022-02-24", String.valueOf(claims.get(0).periodStart()));
    }

    @Test
    void shortNamesAreExpandedAndTitlesDropped() {
        assertEquals(List.of(
                "Centre for Strategic and International Studies [STATED] Russia CASUALTIES 1.2 million",
                "Eirik Kristoffersen [STATED] Russia CASUALTIES 180,000",
                "Donald Trump [STATED] Russia KILLED at least 800,000"),
                read("""
                        The Centre for Strategic and International Studies (CSIS) published a report. \
                        The CSIS report also cited 1.2 million Russian casualties.
                        General Eirik Kristoffersen spoke on Norwegian television. \
                        Meanwhile, according to Kristoffersen, 180,000 Russian soldiers were injured, died, or went missing.
                        Meanwhile, former U.S. President Donald Trump has offered higher estimates, asserting that at least \
                        800,000 Russian troops have died."""));
    }

    @Test
    void anArticleWithoutFiguresYieldsNothing() throws Exception {
        assertEquals(List.of(), read(Files.readString(Path.of("..", "seeds", "000_de0df2a14ad5c571.txt"))));
    }

    @Test
    void spansPointAtTheQuotedSentence() {
        String text = "Peace talks resume. Zelensky said 43,000 Ukrainian soldiers have died.";
        ExtractedClaim claim = EXTRACTOR.extract(text, null).get(0);
        assertEquals(claim.quote(), text.substring(claim.spanStart(), claim.spanEnd()));
        assertEquals("Zelensky said 43,000 Ukrainian soldiers have died.", claim.quote());
    }

    @Test
    void referencesStandForTheSourceNamedElsewhereInTheArticle() {
        assertEquals(List.of(
                "Sergei Shoigu [STATED] Russia KILLED 5,937",
                "Sergei Shoigu [STATED] Ukraine KILLED 61,207",
                "Russian Defence Ministry [STATED] Ukraine CASUALTIES 1,200",
                "General Staff of Ukraine's Armed Forces [STATED] Russia KILLED 1,140"),
                read("""
                        Russian Defence Minister Sergei Shoigu said 5,937 Russian servicemen have died.                         The head of the Defence Ministry also claims that 61,207 Ukrainian soldiers have died.
                        The Russian Defence Ministry publishes a daily bulletin.                         Ukraine lost 1,200 soldiers over the past week, the ministry said.
                        The General Staff of Ukraine's Armed Forces publishes its own count.                         The daily record, according to Kyiv, was 1,140 Russian soldiers killed on February 10."""));
    }

    @Test
    void aLeaderOrAReportStandsForWhoWasNamedWithThatTitle() {
        assertEquals(List.of(
                "Volodymyr Zelensky [STATED] Ukraine KILLED 31,000",
                "Volodymyr Zelensky [STATED] Russia KILLED 180,000",
                "Center for Strategic and International Studies [STATED] Russia CASUALTIES 1.2 million",
                "Center for Strategic and International Studies [PRONOUN] Ukraine CASUALTIES between 500,000 to 600,000"),
                read("""
                        Ukrainian President Volodymyr Zelensky said 31,000 Ukrainian soldiers have been killed.                         The Ukrainian leader meanwhile put Russian losses at 180,000 dead.
                        The Center for Strategic and International Studies (CSIS) published a study.                         The CSIS report released Tuesday said Russia suffered 1.2 million casualties.                         It estimated that Ukraine had suffered between 500,000 to 600,000 casualties."""));
    }

    @Test
    void aHeadlineFigureIsTheClaimOfTheSameFigureInTheBody() {
        assertEquals(List.of("Firass Abiad [STATED] Lebanon KILLED 4,047"),
                read("""
                        Israeli attacks have killed 4,047 people in Lebanon
                        Israeli attacks on Lebanon have killed 4,047 people, Lebanese Health Minister Firass Abiad said."""));
    }
}
