package org.claimgraph.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.claimgraph.claims.extraction.ExtractionCasesTest.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figure side of extraction, one general phenomenon per table: which numbers are claims, their bounds, what they
 * count and whose losses. Same notation as {@link ExtractionCasesTest}:
 * {@code claimant | subject | population | category | figures | qualifier | rate}.
 */
class FigureCasesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    /** A count that goes past a mark gives the mark as its lower bound; "as high as" gives an upper one. */
    static Stream<Case> boundsReadFromVerbs() {
        return Case.table("""
                The death toll in Darfur surpassed 4,300, the regional health office said.
                => regional health office | Sudan | ALL | KILLED | 4300+ | AT_LEAST | -
                Officials said the number of dead has exceeded 900 in Sudan.
                => Officials | Sudan | ALL | KILLED | 900+ | AT_LEAST | -
                Civilian deaths in Yemen have topped 1,200, the monitor reports.
                => monitor | Yemen | CIVILIAN | KILLED | 1200+ | AT_LEAST | -
                The toll crossed 75 on Tuesday, Syrian rescuers said.
                => Syrian rescuers | Syria | ALL | KILLED | 75+ | AT_LEAST | -
                The death toll could pass 40, Malian security sources said.
                => Malian security sources | Mali | ALL | KILLED | 40+ | AT_LEAST | -
                Up to 9,000 Eritreans and 4,000 Ethiopians may have died in the battle, analysts say.
                => analysts | Eritrea | MILITARY | KILLED | ..9000 | AT_MOST | -
                => analysts | Ethiopia | MILITARY | KILLED | ..4000 | AT_MOST | -
                Analysts say Ethiopian military casualties may be as high as 80,000.
                => Analysts | Ethiopia | MILITARY | CASUALTIES | ..80000 | AT_MOST | -
                The Ukrainian governor said the toll in Kherson rose to five and seven were injured.
                => Ukrainian governor | Ukraine | ALL | KILLED | 5 | EXACT | -
                => Ukrainian governor | Ukraine | ALL | WOUNDED | 7 | EXACT | -
                Kim said it rose to five and seven were injured in Mykolaiv, Ukraine.
                => Kim | Ukraine | ALL | WOUNDED | 7 | EXACT | -
                Two hundred and fifty Sudanese soldiers were killed, the army said.
                => army | Sudan | MILITARY | KILLED | 250 | EXACT | -
                At least six people were killed and nine were wounded in Kharkiv, the Ukrainian governor said.
                => Ukrainian governor | Ukraine | ALL | KILLED | 6+ | AT_LEAST | -
                => Ukrainian governor | Ukraine | ALL | WOUNDED | 9 | EXACT | -
                """);
    }

    /** Casualty verbs joined before the figure count together: killed and wounded are casualties. */
    static Stream<Case> combinedTolls() {
        return Case.table("""
                The militia said it shelled a barracks in Mali, killing and wounding at least 25 soldiers.
                => militia | Mali | MILITARY | CASUALTIES | 25+ | AT_LEAST | -
                Police said the bombing in Kabul left 14 people dead or injured.
                => Police | Afghanistan | ALL | CASUALTIES | 14 | EXACT | -
                """);
    }

    /** A toll counts everyone, however far the word "toll" stands from its figure, even among soldiers. */
    static Stream<Case> tollsCountEveryone() {
        return Case.table("""
                Soldiers guarded the morgue. The toll of the strikes on Tehran over the last nine days of the war has reached 410, Iranian officials said.
                => Iranian officials | Iran | ALL | KILLED | 410 | EXACT | -
                """);
    }

    /**
     * One person named with "a" opening a clause, or harmed by a casualty verb, is a count of one; two people described
     * apart are two counts, and so is a figure told again of "a separate strike".
     */
    static Stream<Case> onePersonCounts() {
        return Case.table("""
                After the shelling of Kherson, an 8-year-old boy was killed, the Ukrainian governor said.
                => Ukrainian governor | Ukraine | CIVILIAN | KILLED | 1 | EXACT | -
                A Malian soldier died of his wounds, the army said.
                => army | Mali | MILITARY | KILLED | 1 | EXACT | -
                Sudanese doctors said the drone strike killed a nurse.
                => Sudanese doctors | Sudan | CIVILIAN | KILLED | 1 | EXACT | -
                A rocket hit a bus in Haifa, injuring seven Israelis, one of whom is in critical condition.
                => null | Israel | ALL | WOUNDED | 7 | EXACT | -
                => null | Israel | ALL | WOUNDED | 1 | EXACT | -
                A Syrian official visited a hospital on Monday.
                => nothing
                Shelling killed a 70-year-old man in Kherson, said regional governor Ivan Koval. A 64-year-old woman was killed in a separate strike, he said.
                => Ivan Koval | Ukraine | ALL | KILLED | 1 | EXACT | -
                => Ivan Koval | Ukraine | CIVILIAN | KILLED | 1 | EXACT | -
                Two people were wounded in Sumy, said regional governor Ivan Koval. Two people were also wounded in a separate strike on a village, he said.
                => Ivan Koval | Ukraine | ALL | WOUNDED | 2 | EXACT | -
                => Ivan Koval | Ukraine | ALL | WOUNDED | 2 | EXACT | -
                A soldier and six rebels were killed in a clash in Mindanao, the army said.
                => army | Philippines | MILITARY | KILLED | 1 | EXACT | -
                => army | Philippines | MILITARY | KILLED | 6 | EXACT | -
                Three soldiers and an officer were killed near Kandahar, Afghan officials said.
                => Afghan officials | Afghanistan | MILITARY | KILLED | 3 | EXACT | -
                => Afghan officials | Afghanistan | MILITARY | KILLED | 1 | EXACT | -
                The strike killed ten people, including seven children and a woman, in Gaza, the ministry said.
                => ministry | Palestine | ALL | KILLED | 10 | EXACT | -
                => ministry | Palestine | CIVILIAN | KILLED | 7 | EXACT | -
                """);
    }

    /**
     * Whose losses: sides written short or historically, a list that says its verb once, who only tells the toll, and a
     * war's name ("the Israel-Hezbollah conflict") that is no side; "deaths to 310 and injuries to 900" pairs each noun
     * with its own figure.
     */
    static Stream<Case> sidesOfTheFigures() {
        return Case.table("""
                Some 4,500 US and 600 UK soldiers, among others, died in the war.
                => null | United States | MILITARY | KILLED | 4500 | APPROXIMATELY | -
                => null | United Kingdom | MILITARY | KILLED | 600 | EXACT | -
                More than 14,000 Soviet soldiers died in Afghanistan.
                => null | Soviet Union | MILITARY | KILLED | 14000+ | AT_LEAST | -
                The fighting in Tigray was fierce. A study from British academics puts the death toll at about 300,000.
                => British academics | Ethiopia | ALL | KILLED | 300000 | APPROXIMATELY | -
                Both sides kept fighting, the ministry told us. It said 40 people were killed in Syria.
                => ministry | Syria | ALL | KILLED | 40 | EXACT | -
                Eight soldiers died in a clash, Philippine officials said.
                => Philippine officials | Philippines | MILITARY | KILLED | 8 | EXACT | -
                Myanmar junta airstrikes killed 11 people in a village, residents said. The village is in Magway.
                => residents | Myanmar | ALL | KILLED | 11 | EXACT | -
                The Sudanese health ministry said the toll of deaths rose to 1,200 and that of injuries to 3,400.
                => Sudanese health ministry | Sudan | ALL | KILLED | 1200 | EXACT | -
                => Sudanese health ministry | Sudan | ALL | WOUNDED | 3400 | EXACT | -
                A spokesman for the insurgents said 9 foreign troops and six Afghan service members died in the blast in Afghanistan, where US forces fight.
                => insurgents | United States | MILITARY | KILLED | 9 | EXACT | -
                => insurgents | Afghanistan | MILITARY | KILLED | 6 | EXACT | -
                The monitor said 1,200 foreign jihadist fighters were among the dead in Syria.
                => monitor | jihadists | MILITARY | KILLED | 1200 | EXACT | -
                Myanmar army jets bombed a village school, killing 11 pupils, local officials said.
                => local officials | Myanmar | CIVILIAN | KILLED | 11 | EXACT | -
                Fighting flared again in Mindanao this week. Colonel Israel Mendoza of the Southern Command said nine New People's Army members died in the clashes.
                => Colonel Israel Mendoza of the Southern Command | Philippines | MILITARY | KILLED | 9 | EXACT | -
                Philippine army officials said four soldiers were killed in a rebel ambush.
                => Philippine army officials | Philippines | MILITARY | KILLED | 4 | EXACT | -
                The health ministry in Gaza issued its daily update. The number of deaths rose to 23,000 and injuries to 58,000 since the Israel-Hamas war began, it said.
                => health ministry in Gaza | Palestine | ALL | KILLED | 23000 | EXACT | -
                => health ministry in Gaza | Palestine | ALL | WOUNDED | 58000 | EXACT | -
                """);
    }

    /** What a figure counts across an aside, a part named in an aside, and rates written with "each". */
    static Stream<Case> asidesAndParts() {
        return Case.table("""
                Police said three Afghan soldiers were killed and at least 40 people, including 25 civilians, were wounded.
                => Police | Afghanistan | MILITARY | KILLED | 3 | EXACT | -
                => Police | Afghanistan | ALL | WOUNDED | 40+ | AT_LEAST | -
                => Police | Afghanistan | CIVILIAN | WOUNDED | 25 | EXACT | -
                Officials said 90 Malian civilians were killed, including 12 children, and 150 wounded.
                => Officials | Mali | CIVILIAN | KILLED | 90 | EXACT | -
                => Officials | Mali | CIVILIAN | KILLED | 12 | EXACT | -
                => Officials | Mali | CIVILIAN | WOUNDED | 150 | EXACT | -
                Police said nine Kenyan villagers (four women and five men) were found dead.
                => Police | Kenya | CIVILIAN | KILLED | 9 | EXACT | -
                About 300 people die each week in the fighting in Sudan, the monitor said.
                => monitor | Sudan | ALL | KILLED | 300 | APPROXIMATELY | WEEK
                Estimates of the genocide's toll in Rwanda range from 800 000 to a million deaths, historians say.
                => historians | Rwanda | ALL | KILLED | 800000..1000000 | RANGE | -
                Eleven or 12 soldiers were killed in the ambush in Mali, the army said.
                => army | Mali | MILITARY | KILLED | 11..12 | RANGE | -
                The army said 5 or 12 soldiers were killed in Mali.
                => army | Mali | MILITARY | KILLED | 5 | EXACT | -
                => army | Mali | MILITARY | KILLED | 12 | EXACT | -
                Nobody knows the death toll of the famine in Ethiopia, with estimates ranging from 300,000 to 600,000, historians say.
                => historians | Ethiopia | ALL | KILLED | 300000..600000 | RANGE | -
                The army counted its losses in Mali, with estimates suggesting 40 to 50 soldiers.
                => nothing
                Officials said Mali was losing 30 to 40 soldiers a week, killed in action, in 2013.
                => Officials | Mali | MILITARY | KILLED | 30..40 | RANGE | WEEK
                The total losses in Sudan, which include wounded, killed or missing, reach 60,000, the observatory said.
                => observatory | Sudan | MILITARY | CASUALTIES | 60000 | EXACT | -
                The observatory said it had counted 1,200 Yemeni rebels killed.
                => observatory | Yemen | MILITARY | KILLED | 1200 | EXACT | -
                """);
    }

    /** Casualties written without a casualty word: their condition, their treatment, detentions counted as cases. */
    static Stream<Case> casualtiesInOtherWords() {
        return Case.table("""
                Doctors in Gaza said nine people were in a serious condition.
                => Doctors in Gaza | Palestine | ALL | WOUNDED | 9 | EXACT | -
                The Ukrainian army said 3,000 Russian soldiers had died or suffered injuries in the battle.
                => Ukrainian army | Russia | MILITARY | CASUALTIES | 3000 | EXACT | -
                Forty Sudanese were being treated for burns, the hospital said.
                => hospital | Sudan | ALL | WOUNDED | 40 | EXACT | -
                The Malian army said around ten soldiers are still being sought after the ambush.
                => Malian army | Mali | MILITARY | MISSING | 10 | APPROXIMATELY | -
                Kenyan police said three suspects are still being sought after the attack in Nairobi.
                => nothing
                Iranian officials said 300 people were taken to hospitals in Tehran.
                => Iranian officials | Iran | ALL | WOUNDED | 300 | EXACT | -
                Iranian officials said 300 people were taken to the border.
                => nothing
                Doctors in Mogadishu said 12 Somalis needed specialized treatment abroad.
                => Doctors in Mogadishu | Somalia | ALL | WOUNDED | 12 | EXACT | -
                The mission documented 75 cases of arbitrary detention in occupied Ukraine.
                => mission | Ukraine | MILITARY | CAPTURED | 75 | EXACT | -
                Monitors recorded the abduction of some 300 Nigerian pupils.
                => Monitors | Nigeria | CIVILIAN | CAPTURED | 300 | APPROXIMATELY | -
                The army said 14 terrorists were sent to hell in an operation against the Pakistani Taliban.
                => army | jihadists | MILITARY | KILLED | 14 | EXACT | -
                Rescuers in Syria said three children still cannot be found under the rubble.
                => Rescuers in Syria | Syria | CIVILIAN | MISSING | 3 | EXACT | -
                Officials reported 30 cases of cholera in Yemen.
                => nothing
                Gunmen attacked two border check-posts in Pakistan, killing three soldiers, the army said.
                => army | Pakistan | MILITARY | KILLED | 3 | EXACT | -
                """);
    }

    /** A side named as a party to the fighting or as the one that kills is not whose losses. */
    static Stream<Case> partiesToTheFighting() {
        return Case.table("""
                The Lebanese ministry said 80 people were wounded in clashes between Israeli troops and Hezbollah.
                => Lebanese ministry | Lebanon | ALL | WOUNDED | 80 | EXACT | -
                The region has suffered attacks by groups linked to the Islamic State that have killed more than 500 people in Niger.
                => null | Niger | ALL | KILLED | 500+ | AT_LEAST | -
                "We killed 30 soldiers at the checkpoint in Helmand," a Taliban spokesman said.
                => Taliban spokesman | Afghanistan | MILITARY | KILLED | 30 | EXACT | -
                The count of Ethiopian losses by the Intelligence Service of the Eritrean Army stands at 9,000 troops.
                => null | Ethiopia | MILITARY | CASUALTIES | 9000 | EXACT | -
                Some 400 soldiers held in Armenian captivity were returned, Baku said.
                => Government of Azerbaijan | Azerbaijan | MILITARY | CAPTURED | 400 | APPROXIMATELY | -
                """);
    }

    /** A toll of both sides together is one claim on the two sides, not one per side; "each" still counts per side. */
    static Stream<Case> bothSidesTogether() {
        return Case.table("""
                The border war between Eritrea and Ethiopia killed about 80,000 people on both sides, historians say.
                => historians | Eritrea and Ethiopia | ALL | KILLED | 80000 | APPROXIMATELY | -
                Analysts said combined Iranian and Iraqi losses could be as high as 500,000 and may reach 600,000.
                => Analysts | Iran and Iraq | MILITARY | CASUALTIES | ..500000 | AT_MOST | -
                => Analysts | Iran and Iraq | MILITARY | CASUALTIES | 600000 | EXACT | -
                Officials believe 2,000 Sudanese were killed, as both sides hide their losses.
                => Officials | Sudan | ALL | KILLED | 2000 | EXACT | -
                Armenia and Azerbaijan carried out a 40-for-40 prisoner exchange on Sunday, officials said.
                => officials | Armenia | MILITARY | CAPTURED | 40 | EXACT | -
                => officials | Azerbaijan | MILITARY | CAPTURED | 40 | EXACT | -
                Armenia and Azerbaijan released 15 prisoners each, officials said.
                => officials | Armenia | MILITARY | CAPTURED | 15 | EXACT | -
                => officials | Azerbaijan | MILITARY | CAPTURED | 15 | EXACT | -
                """);
    }

    /** A later figure that says nothing of what it counts goes on with the one before it. */
    static Stream<Case> countsThatGoOn() {
        return Case.table("""
                Monthly Russian casualties were 21,000 in March, rising to 24,000 in April, British intelligence said.
                => British intelligence | Russia | MILITARY | CASUALTIES | 21000 | EXACT | -
                => British intelligence | Russia | MILITARY | CASUALTIES | 24000 | EXACT | -
                The ministry said the death toll in Gaza passed 30,000, up from a previous tally of more than 29,000.
                => ministry | Palestine | ALL | KILLED | 30000+ | AT_LEAST | -
                => ministry | Palestine | ALL | KILLED | 29000+ | AT_LEAST | -
                Monitors counted 900 deaths in Syria in June, and 750 in July.
                => Monitors | Syria | ALL | KILLED | 900 | EXACT | -
                => Monitors | Syria | ALL | KILLED | 750 | EXACT | -
                The Gaza health ministry said this brings the number of deaths to 23,500 and injuries to 60,100 since the Israel-Hamas war began.
                => Gaza health ministry | Palestine | ALL | KILLED | 23500 | EXACT | -
                => Gaza health ministry | Palestine | ALL | WOUNDED | 60100 | EXACT | -
                """);
    }

    /**
     * Fighters an army counts without naming their group: rebels of a civil war are their country's, as "Syrian rebels"
     * are; "terrorists" where the country's war is on Islamist insurgents are jihadists.
     */
    static Stream<Case> unnamedArmedGroups() {
        return Case.table("""
                Colombian troops shot nine guerrillas in a firefight in Colombia, the army said.
                => army | Colombia | MILITARY | KILLED | 9 | EXACT | -
                Troops in the Philippines clashed with rebels. The army said 14 rebels were killed while two soldiers were slain.
                => army | Philippines | MILITARY | KILLED | 14 | EXACT | -
                => army | Philippines | MILITARY | KILLED | 2 | EXACT | -
                In Burkina Faso, the army said its raid near the border killed 25 terrorists.
                => army | jihadists | MILITARY | KILLED | 25 | EXACT | -
                The army said its jets neutralised 30 terrorists in northern Mali.
                => army | jihadists | MILITARY | KILLED | 30 | EXACT | -
                Near Bannu, the military said 14 militants were killed by troops in Khyber Pakhtunkhwa.
                => military | jihadists | MILITARY | KILLED | 14 | EXACT | -
                The army said two commanders were killed and five other insurgents were wounded in Somalia.
                => army | jihadists | MILITARY | KILLED | 2 | EXACT | -
                => army | jihadists | MILITARY | WOUNDED | 5 | EXACT | -
                Troops cornered the hideout and nine khawarij were killed, the military said.
                => military | jihadists | MILITARY | KILLED | 9 | EXACT | -
                Security forces killed 12 terrorists in a raid in Khyber Pakhtunkhwa, the military said.
                => military | jihadists | MILITARY | KILLED | 12 | EXACT | -
                """);
    }

    /** Fighters of an Islamist movement named with them are jihadists, not the country the movement fights in. */
    static Stream<Case> namedJihadistMovements() {
        return Case.table("""
                Eleven al-Shabaab fighters died in the clash near Baidoa, a district official said.
                => official | jihadists | MILITARY | KILLED | 11 | EXACT | -
                Three Boko Haram militants and one soldier were killed, the army said.
                => army | jihadists | MILITARY | KILLED | 3 | EXACT | -
                => army | Nigeria | MILITARY | KILLED | 1 | EXACT | -
                "We killed nine Taliban insurgents on the road to Ghazni," the police chief said.
                => police chief | jihadists | MILITARY | KILLED | 9 | EXACT | -
                The army said troops killed 20 Somali "Al Shabaab" fighters near Kismayo.
                => army | jihadists | MILITARY | KILLED | 20 | EXACT | -
                Fighting near Jowhar killed 35 "Al Shabab" fighters and nine Somali soldiers, the army said.
                => army | jihadists | MILITARY | KILLED | 35 | EXACT | -
                => army | Somalia | MILITARY | KILLED | 9 | EXACT | -
                At least nine Boko-Haram fighters and four soldiers died in the raid, the army said.
                => army | jihadists | MILITARY | KILLED | 9+ | AT_LEAST | -
                => army | Nigeria | MILITARY | KILLED | 4+ | AT_LEAST | -
                Taliban fighters ambushed a patrol and three soldiers were killed, Pakistani police said.
                => Pakistani police | Pakistan | MILITARY | KILLED | 3 | EXACT | -
                Gunmen stormed a hotel in Mogadishu; five of the attackers were killed, police said.
                => police | jihadists | ALL | KILLED | 5 | EXACT | -
                """);
    }

    /** Where soldiers fought is not whose they are: a country's army counts its own soldiers wherever they fell. */
    static Stream<Case> soldiersWhereTheyFought() {
        return Case.table("""
                The Israeli army said the toll in northern Gaza reached nine, with 20 soldiers wounded.
                => Israeli army | Israel | ALL | KILLED | 9 | EXACT | -
                => Israeli army | Israel | MILITARY | WOUNDED | 20 | EXACT | -
                Seven soldiers were killed in an ambush near the Afghan border, the Pakistani army said.
                => Pakistani army | Pakistan | MILITARY | KILLED | 7 | EXACT | -
                Israeli officials said 900 Israeli troops were hurt while fighting in Gaza and 40 more were wounded every week.
                => Israeli officials | Israel | MILITARY | WOUNDED | 900 | EXACT | -
                => Israeli officials | Israel | MILITARY | WOUNDED | 40 | EXACT | WEEK
                """);
    }

    /** Counts written as the army's own words, as a part of the figure before, or of a state named for its country. */
    static Stream<Case> moreWaysOfCounting() {
        return Case.table("""
                "Four soldiers paid the supreme price," the Nigerian army said.
                => Nigerian army | Nigeria | MILITARY | KILLED | 4 | EXACT | -
                Three soldiers embraced martyrdom in two engagements with the attackers, the Pakistani army said.
                => Pakistani army | Pakistan | MILITARY | KILLED | 3 | EXACT | -
                "We lost three soldiers and five were injured," the commander said of the clash in Somalia.
                => commander | Somalia | MILITARY | KILLED | 3 | EXACT | -
                => commander | Somalia | MILITARY | WOUNDED | 5 | EXACT | -
                One lieutenant was killed in the ambush, the Malian army said.
                => Malian army | Mali | MILITARY | KILLED | 1 | EXACT | -
                The Armenian ministry said Azerbaijan has lost 500 soldiers, 120 of whom were killed.
                => Armenian ministry | Azerbaijan | MILITARY | CASUALTIES | 500 | EXACT | -
                => Armenian ministry | Azerbaijan | MILITARY | KILLED | 120 | EXACT | -
                Gunmen killed 12 locals in Niger State, police said.
                => police | Nigeria | CIVILIAN | KILLED | 12 | EXACT | -
                One soldier was killed and two were wounded in an ambush near Gwoza, the army said.
                => army | Nigeria | MILITARY | KILLED | 1 | EXACT | -
                => army | Nigeria | MILITARY | WOUNDED | 2 | EXACT | -
                The Ukrainian army said 60 soldiers were receiving treatment in hospitals.
                => Ukrainian army | Ukraine | MILITARY | WOUNDED | 60 | EXACT | -
                """);
    }

    /**
     * A breakdown lists its parts with one casualty word: one person named with "a" among the counts is one more, parts
     * of as many people stay apart, and "others" after a part are anyone.
     */
    static Stream<Case> breakdownsOfOneToll() {
        return Case.table("""
                The Nigerian army said two soldiers and an officer were killed in the ambush in Borno.
                => Nigerian army | Nigeria | MILITARY | KILLED | 2 | EXACT | -
                => Nigerian army | Nigeria | MILITARY | KILLED | 1 | EXACT | -
                A soldier and nine rebels died in the clash in Mindanao, the Philippine army said.
                => Philippine army | Philippines | MILITARY | KILLED | 1 | EXACT | -
                => Philippine army | Philippines | MILITARY | KILLED | 9 | EXACT | -
                The shelling of Kherson wounded three men and a girl, the Ukrainian governor said.
                => Ukrainian governor | Ukraine | ALL | WOUNDED | 3 | EXACT | -
                => Ukrainian governor | Ukraine | CIVILIAN | WOUNDED | 1 | EXACT | -
                The Lebanese ministry said that a man and his three sons were among the dead in Tyre.
                => Lebanese ministry | Lebanon | ALL | KILLED | 1 | EXACT | -
                => Lebanese ministry | Lebanon | ALL | KILLED | 3 | EXACT | -
                The Ukrainian governor said a 9-year-old boy and a woman were being treated in hospital.
                => Ukrainian governor | Ukraine | CIVILIAN | WOUNDED | 1 | EXACT | -
                => Ukrainian governor | Ukraine | CIVILIAN | WOUNDED | 1 | EXACT | -
                Rescuers in Gaza said nine children and nine women were among the wounded.
                => Rescuers in Gaza | Palestine | CIVILIAN | WOUNDED | 9 | EXACT | -
                => Rescuers in Gaza | Palestine | CIVILIAN | WOUNDED | 9 | EXACT | -
                Among the victims of the strike in Sudan were 6 women and 3 children, the doctors said.
                => doctors | Sudan | CIVILIAN | KILLED | 6 | EXACT | -
                => doctors | Sudan | CIVILIAN | KILLED | 3 | EXACT | -
                The UN said 200 victims of torture in Sudan had been interviewed.
                => nothing
                The strike in Sudan killed a woman and wounded 20 others, the doctors said.
                => doctors | Sudan | CIVILIAN | KILLED | 1 | EXACT | -
                => doctors | Sudan | ALL | WOUNDED | 20 | EXACT | -
                Sudanese medics said 30 civilians, including four children, were killed and 12 others were wounded.
                => Sudanese medics | Sudan | CIVILIAN | KILLED | 30 | EXACT | -
                => Sudanese medics | Sudan | CIVILIAN | KILLED | 4 | EXACT | -
                => Sudanese medics | Sudan | CIVILIAN | WOUNDED | 12 | EXACT | -
                Sudanese doctors said four soldiers and a nurse attended the funeral in Omdurman.
                => nothing
                At least 200 people were killed and 500 injured in clashes across Khartoum, including at least 40 children, Sudanese doctors said.
                => Sudanese doctors | Sudan | ALL | KILLED | 200+ | AT_LEAST | -
                => Sudanese doctors | Sudan | ALL | WOUNDED | 500 | EXACT | -
                => Sudanese doctors | Sudan | CIVILIAN | CASUALTIES | 40+ | AT_LEAST | -
                A boy was killed and 12 people injured in Kharkiv, including four children, the Ukrainian governor said.
                => Ukrainian governor | Ukraine | CIVILIAN | KILLED | 1 | EXACT | -
                => Ukrainian governor | Ukraine | ALL | WOUNDED | 12 | EXACT | -
                => Ukrainian governor | Ukraine | CIVILIAN | WOUNDED | 4 | EXACT | -
                Myanmar rebels said two soldiers fled the shootout and a civilian fighter was killed in Chin State.
                => Myanmar rebels | Myanmar | CIVILIAN | KILLED | 1 | EXACT | -
                Israeli officials said some 90 hostages are still held in Gaza, as well as the bodies of three soldiers and four civilians.
                => Israeli officials | Israel | MILITARY | CAPTURED | 90 | APPROXIMATELY | -
                => Israeli officials | Israel | MILITARY | CAPTURED | 3 | EXACT | -
                => Israeli officials | Israel | CIVILIAN | CAPTURED | 4 | EXACT | -
                Rescuers in Gaza said they recovered the bodies of three children.
                => Rescuers in Gaza | Palestine | CIVILIAN | KILLED | 3 | EXACT | -
                Three Malian soldiers and a woman selling bread were among the dead, the army said.
                => army | Mali | MILITARY | KILLED | 3 | EXACT | -
                => army | Mali | CIVILIAN | KILLED | 1 | EXACT | -
                Mexican police said the dead were 20 to 45 years old, including five women.
                => Mexican police | Mexico | CIVILIAN | KILLED | 5 | EXACT | -
                Gang clashes in Haiti killed or injured dozens of people, including nine children, the UN said.
                => United Nations | Haiti | CIVILIAN | CASUALTIES | 9 | EXACT | -
                Strikes killed two medics in Lebanon, including one in Tyre and another in Sidon, the Lebanese ministry said.
                => Lebanese ministry | Lebanon | CIVILIAN | KILLED | 2 | EXACT | -
                => Lebanese ministry | Lebanon | CIVILIAN | KILLED | 1 | EXACT | -
                => Lebanese ministry | Lebanon | CIVILIAN | KILLED | 1 | EXACT | -
                The Lebanese ministry reported four rescuers with the Scouts and another with the Red Cross killed in a strike.
                => Lebanese ministry | Lebanon | CIVILIAN | KILLED | 4 | EXACT | -
                => Lebanese ministry | Lebanon | CIVILIAN | KILLED | 1 | EXACT | -
                Syrian officials said 12 people were killed in Idlib, another in a string of attacks.
                => Syrian officials | Syria | ALL | KILLED | 12 | EXACT | -
                The blast killed 12 people in Kabul and another in March killed 20, Afghan police said.
                => Afghan police | Afghanistan | ALL | KILLED | 12 | EXACT | -
                => Afghan police | Afghanistan | ALL | KILLED | 20 | EXACT | -
                Somali police said they had located 15 and among them four dead in Mogadishu.
                => Somali police | Somalia | ALL | KILLED | 4 | EXACT | -
                Two women were among at least 9 people killed in Gaza, officials said.
                => officials | Palestine | CIVILIAN | KILLED | 2 | EXACT | -
                => officials | Palestine | ALL | KILLED | 9+ | AT_LEAST | -
                """);
    }

    static Stream<Case> cases() {
        return Stream.of(boundsReadFromVerbs(), combinedTolls(), tollsCountEveryone(), onePersonCounts(), sidesOfTheFigures(),
                asidesAndParts(), casualtiesInOtherWords(), partiesToTheFighting(),
                bothSidesTogether(), countsThatGoOn(), unnamedArmedGroups(), namedJihadistMovements(), soldiersWhereTheyFought(),
                moreWaysOfCounting(), breakdownsOfOneToll())
                .flatMap(s -> s);
    }

    /** An article whose headline rounds the body's figure, below a section label, and tells one toll twice. */
    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("""
                        World / Middle East

                        Yemen death toll tops 350, says ministry

                        The death toll from the strikes on Yemen has risen to 356, the health ministry said on Monday.
                        """, List.of("health ministry | Yemen | ALL | KILLED | 356 | EXACT | -")),
                Arguments.of("""
                        Nearly 50 Malian soldiers killed in ambush

                        The army said 47 Malian soldiers were killed in the ambush near Gao.
                        """, List.of("army | Mali | MILITARY | KILLED | 47 | EXACT | -")),
                Arguments.of("""
                        Strikes on Lebanon claim over a hundred lives

                        The Lebanese health ministry said strikes had killed at least 112 people.
                        """, List.of("Lebanese health ministry | Lebanon | ALL | KILLED | 112+ | AT_LEAST | -")),
                Arguments.of("""
                        Sudan: doctors count the dead of Omdurman

                        Doctors said 260 civilians were killed in Omdurman. The market was hit twice, and 260 people were killed, a \
                        doctor said.
                        """, List.of("Doctors | Sudan | CIVILIAN | KILLED | 260 | EXACT | -")),
                Arguments.of("""
                        Nine soldiers killed in Gaza fighting

                        The Israeli army said on Monday that nine soldiers were killed in the south of the territory.
                        """, List.of("Israeli army | Israel | MILITARY | KILLED | 9 | EXACT | -")),
                Arguments.of("""
                        MOSUL: The Iraqi army said on Sunday that 30 of its soldiers were killed in the fighting, and a further 60 \
                        wounded, raising its count of the battle's dead.

                        The army said later that 33 soldiers had been killed.

                        A medic said the 33 casualties included 20 soldiers and 13 locals, and 20 soldiers were confirmed dead.
                        """, List.of("Iraqi army | Iraq | MILITARY | KILLED | 30 | EXACT | -", "Iraqi army | Iraq | MILITARY | WOUNDED | 60 | EXACT | -",
                        "Iraqi army | Iraq | MILITARY | KILLED | 33 | EXACT | -", "medic | Iraq | CIVILIAN | KILLED | 13 | EXACT | -",
                        "medic | Iraq | MILITARY | KILLED | 20 | EXACT | -")),
                Arguments.of("""
                        Ambushes in Darfur

                        Witnesses said 12 Sudanese soldiers were killed in an ambush. In a separate attack, 12 people were \
                        killed in a market, the doctors said.
                        """, List.of("Witnesses | Sudan | MILITARY | KILLED | 12 | EXACT | -", "doctors | Sudan | ALL | KILLED | 12 | EXACT | -")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Armenia and Azerbaijan | Armenia and Azerbaijan",
            "Russia and Ukraine (combined) | Russia and Ukraine",
            "Ukrainians and Russians | Russia and Ukraine",
            "Bosnia and Herzegovina | Bosnia and Herzegovina",
            "Fano militia | Fano militia" })
    void namesTwoSidesTogetherOneWay(String written, String canonical) {
        assertEquals(canonical, Subjects.canonical(written));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void tellsEachStatementOnce(String text, List<String> expected) {
        Case c = new Case(text, null, expected);
        List<String> found = EXTRACTOR.extract(text, null).stream().map(claim -> Case.describe(claim, c)).toList();
        assertEquals(expected, found, text);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsTheFigures(Case c) {
        List<String> found = EXTRACTOR.extract(c.text(), c.publishedOn()).stream().map(claim -> Case.describe(claim, c)).toList();
        assertEquals(c.expected(), found, c.text());
    }
}
