package org.claimgraph.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Labelled sentences, one claim per {@code =>} line:
 * {@code claimant | subject | population | category | figures | qualifier | rate [| since=date asOf=date]}.
 * Figures read "55000" (a point), "46000+" (at least), "..325000" (up to) or "500000..600000" (a range);
 * dates read "2022-02-24" (a day), "2025-02" (a month) or "2025" (a year). {@code => nothing} means no claim.
 * A line {@code @published 2025-03-10} sets the publication date of the next text.
 */
class ExtractionCasesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    static Stream<Case> figuresAndQualifiers() {
        return Case.table("""
                Volodymyr Zelensky has revealed that 55,000 Ukrainian soldiers have been killed.
                => Volodymyr Zelensky | Ukraine | MILITARY | KILLED | 55000 | EXACT | -
                According to the UN, more than 12,000 civilians have been killed in Ukraine.
                => United Nations | Ukraine | CIVILIAN | KILLED | 12000+ | AT_LEAST | -
                Russia has lost as many as 90,000 troops, British intelligence estimates.
                => British intelligence | Russia | MILITARY | CASUALTIES | ..90000 | AT_MOST | -
                Thirty thousand Ukrainian soldiers were wounded, the Russian Defence Ministry said.
                => Russian Defence Ministry | Ukraine | MILITARY | WOUNDED | 30000 | EXACT | -
                Half a million Russian troops have been killed or wounded, US officials told The New York Times.
                => US officials | Russia | MILITARY | CASUALTIES | 500000 | EXACT | -
                A quarter of a million Russian soldiers have died, Western officials believe.
                => Western officials | Russia | MILITARY | KILLED | 250000 | EXACT | -
                The CSIS report cited 1.2 million Russian casualties.
                => CSIS | Russia | MILITARY | CASUALTIES | 1200000 | EXACT | -
                Mediazona estimates roughly 55k Russian soldiers died.
                => Mediazona | Russia | MILITARY | KILLED | 55000 | APPROXIMATELY | -
                Over 1,00,000 Indian soldiers were wounded, the Army said.
                => Army | India | MILITARY | WOUNDED | 100000+ | AT_LEAST | -
                Kyiv says 600,000 to 700,000 Russian troops were wounded.
                => Government of Ukraine | Russia | MILITARY | WOUNDED | 600000..700000 | RANGE | -
                Kyiv says 50,000-70,000 Russian soldiers are missing.
                => Government of Ukraine | Russia | MILITARY | MISSING | 50000..70000 | RANGE | -
                Kyiv says 220,000–280,000 Russian soldiers are missing.
                => Government of Ukraine | Russia | MILITARY | MISSING | 220000..280000 | RANGE | -
                Ukrainian officials said 50-70k Russian soldiers were killed in strikes by F-16 jets.
                => Ukrainian officials | Russia | MILITARY | KILLED | 50000..70000 | RANGE | -
                By mid-2024, 70,000 Russian soldiers had been killed, Ukrainian officials said.
                => Ukrainian officials | Russia | MILITARY | KILLED | 70000 | EXACT | -
                Zelensky said between 50,000 and 70,000 Russian soldiers are missing in action.
                => Zelensky | Russia | MILITARY | MISSING | 50000..70000 | RANGE | -
                Israel's military says about 17,000 Hamas fighters have been killed.
                => Israel's military | Palestine | MILITARY | KILLED | 17000 | APPROXIMATELY | -
                Russian forces have suffered more than 300,000 casualties, according to the Pentagon.
                => Pentagon | Russia | MILITARY | CASUALTIES | 300000+ | AT_LEAST | -
                Mediazona has confirmed the deaths of 106,745 Russian soldiers by name.
                => Mediazona | Russia | MILITARY | KILLED | 106745 | EXACT | -
                The Ukrainian General Staff claims that nearly 4,000 Russian soldiers were captured.
                => Ukrainian General Staff | Russia | MILITARY | CAPTURED | 4000 | APPROXIMATELY | -
                Some 8,000 Ukrainian prisoners of war are held in Russia, Kyiv says.
                => Government of Ukraine | Ukraine | MILITARY | CAPTURED | 8000 | APPROXIMATELY | -
                At least 300 civilians were killed in the strike, Ukrainian officials said.
                => Ukrainian officials | Ukraine | CIVILIAN | KILLED | 300+ | AT_LEAST | -
                Moscow says 6,000 of its soldiers have died.
                => Government of Russia | Russia | MILITARY | KILLED | 6000 | EXACT | -
                The death toll in Gaza has risen to 35,000, according to the health ministry.
                => health ministry | Palestine | ALL | KILLED | 35000 | EXACT | -
                A low estimate of 20,000 Sudanese people have died, the WHO said.
                => WHO | Sudan | ALL | KILLED | 20000+ | AT_LEAST | -
                Trump claimed that around 700,000 Ukrainian soldiers and at least 800,000 Russian troops have died.
                => Trump | Ukraine | MILITARY | KILLED | 700000 | APPROXIMATELY | -
                => Trump | Russia | MILITARY | KILLED | 800000+ | AT_LEAST | -
                Kristoffersen said Ukraine has lost 100,000 soldiers and 30,000 civilians.
                => Kristoffersen | Ukraine | MILITARY | CASUALTIES | 100000 | EXACT | -
                => Kristoffersen | Ukraine | CIVILIAN | CASUALTIES | 30000 | EXACT | -
                Zelensky said 31,000 Ukrainian soldiers had been killed, with another 40,000 wounded.
                => Zelensky | Ukraine | MILITARY | KILLED | 31000 | EXACT | -
                => Zelensky | Ukraine | MILITARY | WOUNDED | 40000 | EXACT | -
                """);
    }

    /** Sides of any war, who speaks and how news names them. */
    static Stream<Case> sidesAndSpeakers() {
        return Case.table("""
                The Ethiopian army said it had killed more than 150 TPLF fighters near Mekelle.
                => Ethiopian army | Ethiopia | MILITARY | KILLED | 150+ | AT_LEAST | -
                Niger's army said it killed 25 terrorists near Tillaberi, a week after a jihadist attack on a convoy.
                => Niger's army | jihadists | MILITARY | KILLED | 25 | EXACT | -
                The Chadian army said its troops killed 60 insurgents in the Lake Chad area, two days after a Boko Haram raid.
                => Chadian army | jihadists | MILITARY | KILLED | 60 | EXACT | -
                The Colombian army said it killed 12 militants in the jungle of Cauca.
                => nothing
                A soldier was killed in fighting near Bakhmut, the Ukrainian army said.
                => Ukrainian army | Ukraine | MILITARY | KILLED | 1 | EXACT | -
                A doctor who treated the wounded said the hospital was full.
                => nothing
                An aid worker was killed in Khartoum on Monday, the UN said. Nigeria's health ministry says attacks by gunmen in the north have killed 300 people this year.
                => United Nations | Sudan | ALL | KILLED | 1 | EXACT | -
                => Nigeria's health ministry | Nigeria | ALL | KILLED | 300 | EXACT | -
                The Syrian Civil Defence tweeted that nine civilians were killed in Idlib.
                => Syrian Civil Defence | Syria | CIVILIAN | KILLED | 9 | EXACT | -
                Kenya's police service conceded that 23 protesters were killed in Nairobi.
                => Kenya's police service | Kenya | ALL | KILLED | 23 | EXACT | -
                The insurgents said they had killed 40 Malian soldiers, but the defence ministry said only four soldiers died.
                => insurgents | Mali | MILITARY | KILLED | 40 | EXACT | -
                => defence ministry | Mali | MILITARY | KILLED | 4 | EXACT | -
                "At least 19 people died," said Dr. Amina Yusuf, director of a hospital in Kano, Nigeria.
                => Amina Yusuf | Nigeria | ALL | KILLED | 19+ | AT_LEAST | -
                Gunmen in northern Nigeria killed 12 villagers overnight, a police spokesman said.
                => police spokesman | Nigeria | CIVILIAN | KILLED | 12 | EXACT | -
                Darfur death toll passes 2,000 – medical charity
                => medical charity | Sudan | ALL | KILLED | 2000+ | AT_LEAST | -
                Somalia: 30 killed in market bombing, police say
                => police | Somalia | ALL | KILLED | 30 | EXACT | -
                About 900 Russian soldiers are estimated by Ukrainian intelligence to have died near Kursk.
                => Ukrainian intelligence | Russia | MILITARY | KILLED | 900 | APPROXIMATELY | -
                Officials in Kyiv said 300 Ukrainian civilians are still held in Russia.
                => Officials in Kyiv | Ukraine | CIVILIAN | CAPTURED | 300 | EXACT | -
                Witnesses said a dozen Haitian civilians were shot dead and more than a dozen wounded.
                => Witnesses | Haiti | CIVILIAN | KILLED | 12 | APPROXIMATELY | -
                => Witnesses | Haiti | CIVILIAN | WOUNDED | 12+ | AT_LEAST | -
                The monitor said about 200 people, most of them Yemeni fishermen, were killed.
                => monitor | Yemen | ALL | KILLED | 200 | APPROXIMATELY | -
                Pakistani police said four insurgents and three Pakistani soldiers died in the raid.
                => Pakistani police | Pakistan | MILITARY | KILLED | 3 | EXACT | -
                Some 90 Sudanese were wounded in El Fasher last week, Doctors Without Borders said.
                => Doctors Without Borders | Sudan | ALL | WOUNDED | 90 | APPROXIMATELY | -
                More than 24,000 Sudanese have been killed, according to the Armed Conflict Location & Event Data Project.
                => Armed Conflict Location & Event Data Project | Sudan | ALL | KILLED | 24000+ | AT_LEAST | -
                Armenia's defence ministry said one Armenian soldier was killed and another wounded.
                => Armenia's defence ministry | Armenia | MILITARY | KILLED | 1 | EXACT | -
                => Armenia's defence ministry | Armenia | MILITARY | WOUNDED | 1 | EXACT | -
                The governor said nine members of the Malian army were killed.
                => governor | Mali | MILITARY | KILLED | 9 | EXACT | -
                The navy said 11 Somali sailors who were aboard the patrol boat when the storm hit the port are missing.
                => navy | Somalia | MILITARY | MISSING | 11 | EXACT | -
                Guatemala's Truth Commission estimated that 200,000 Guatemalans were killed.
                => Guatemala's Truth Commission | Guatemala | ALL | KILLED | 200000 | EXACT | -
                The army said 14 FARC fighters were killed in a bombing raid.
                => army | Colombia | MILITARY | KILLED | 14 | EXACT | -
                Police in Chad said 30 Chadian soldiers died in the attack on their base.
                => Police in Chad | Chad | MILITARY | KILLED | 30 | EXACT | -
                The Nigerian army said one of its soldiers was killed in Borno.
                => Nigerian army | Nigeria | MILITARY | KILLED | 1 | EXACT | -
                The junta said 60 of its soldiers died in Sagaing last month.
                => junta | Myanmar | MILITARY | KILLED | 60 | EXACT | -
                The regime says 25 Syrian soldiers were wounded in the ambush.
                => regime | Syria | MILITARY | WOUNDED | 25 | EXACT | -
                Prosecutors in Guerrero say 43 Mexican students were murdered.
                => Prosecutors in Guerrero | Mexico | CIVILIAN | KILLED | 43 | EXACT | -
                At least 13 civilians were killed in shelling on a market in Omdurman, local doctors said on Monday.
                => local doctors | Sudan | CIVILIAN | KILLED | 13+ | AT_LEAST | -
                The United Nations said 2,000 people had been abducted in Borno state.
                => United Nations | Nigeria | ALL | CAPTURED | 2000 | EXACT | -
                The Office of the UN High Commissioner for Human Rights (OHCHR) recorded 8,173 civilians killed in Ukraine.
                => UN High Commissioner for Human Rights | Ukraine | CIVILIAN | KILLED | 8173 | EXACT | -
                Israeli attacks have killed 4,047 people and wounded 16,638 others, Lebanon's health ministry said.
                => Lebanon's health ministry | Lebanon | ALL | KILLED | 4047 | EXACT | -
                => Lebanon's health ministry | Lebanon | ALL | WOUNDED | 16638 | EXACT | -
                Twenty-six people, including women and children, were killed in Muzaffarabad, a Pakistani official said.
                => Pakistani official | Pakistan | ALL | KILLED | 26 | EXACT | -
                The CSIS report released Tuesday said Russia suffered 1.2 million casualties.
                => CSIS | Russia | MILITARY | CASUALTIES | 1200000 | EXACT | -
                The junta bombed a school in Sagaing, killing at least 20 children and injuring more, residents said.
                => residents | Myanmar | CIVILIAN | KILLED | 20+ | AT_LEAST | -
                Fighters of the Rapid Support Forces killed 200 people in El Fasher, the Sudan Doctors Network said.
                => Sudan Doctors Network | Sudan | ALL | KILLED | 200 | EXACT | -
                Hospitals in Gaza said at least 50 Palestinians were killed on Friday.
                => Hospitals in Gaza | Palestine | ALL | KILLED | 50+ | AT_LEAST | -
                The Zapad battlegroup eliminated more than 1,600 Ukrainian soldiers over the week, the ministry said.
                => ministry | Ukraine | MILITARY | CASUALTIES | 1600+ | AT_LEAST | -
                The Observatory, which relies on a network of sources, said 3,000 people died in Aleppo province.
                => Observatory | Syria | ALL | KILLED | 3000 | EXACT | -
                Hamas said 50 people were killed in Gaza.
                => Hamas | Palestine | ALL | KILLED | 50 | EXACT | -
                Only in Irpin has been documented that at least 20 civilians were killed, the monitoring mission says.
                => monitoring mission | Ukraine | CIVILIAN | KILLED | 20+ | AT_LEAST | -
                The Darfur Medics Network, a group of volunteer doctors, stated, "Shelling of the camp in Tawila killed 9 civilians."
                => Darfur Medics Network | Sudan | CIVILIAN | KILLED | 9 | EXACT | -
                A spokesman for the Joint Centre for the Search of Missing Persons said 40 Ukrainian soldiers were missing.
                => Joint Centre for the Search of Missing Persons | Ukraine | MILITARY | MISSING | 40 | EXACT | -
                The Darfur Medics Network, a group of volunteer doctors, stated, "Gunmen raided a village of West Darfur State, killing 14 civilians."
                => Darfur Medics Network | Sudan | CIVILIAN | KILLED | 14 | EXACT | -
                The Sudan Doctors Network, which monitors the war in North Darfur State, said shelling in El Fasher had killed 6 people.
                => Sudan Doctors Network | Sudan | ALL | KILLED | 6 | EXACT | -
                Other reports said at least eight soldiers were killed near Kandahar.
                => Other reports | Afghanistan | MILITARY | KILLED | 8+ | AT_LEAST | -
                Shelling killed four civilians in Idlib, local media reported.
                => local media | Syria | CIVILIAN | KILLED | 4 | EXACT | -
                Witnesses and medics in this northern Gaza town said a strike hit a school, killing nine children, news agency Reuters reported.
                => Witnesses and medics in this northern Gaza town | Palestine | CIVILIAN | KILLED | 9 | EXACT | -
                Airstrikes hit villages in Myanmar's Kayah and Karen states, killing 11 civilians, according to resistance groups.
                => resistance groups | Myanmar | CIVILIAN | KILLED | 11 | EXACT | -
                Rescuers recovered the bodies of eight people in Belgorod, News.Az reported citing the Moscow Times.
                => Moscow Times | Russia | ALL | KILLED | 8 | EXACT | -
                Eleven civilians were killed in Kharkiv, AP reported, quoting regional officials.
                => regional officials | Ukraine | CIVILIAN | KILLED | 11 | EXACT | -
                Some 300 soldiers died in the battle for Kherson, our correspondent says.
                => correspondent | Ukraine | MILITARY | KILLED | 300 | APPROXIMATELY | -
                The Kyiv Post website reported that 27 Ukrainian soldiers were killed near Pokrovsk.
                => Kyiv Post website | Ukraine | MILITARY | KILLED | 27 | EXACT | -
                Gunmen who have long fought the Somali state, stormed a market in Mogadishu, killing 9 people.
                => null | Somalia | ALL | KILLED | 9 | EXACT | -
                """);
    }

    /** Parts of a total, lists that leave out the verb, counts told by their subject. */
    static Stream<Case> partsAndLists() {
        return Case.table("""
                The Zapad group eliminated more than 1,610 Ukrainian soldiers, the Yug group more than 1,135 and the Vostok group more than 1,360, the Russian ministry said.
                => Russian ministry | Ukraine | MILITARY | CASUALTIES | 1610+ | AT_LEAST | -
                => Russian ministry | Ukraine | MILITARY | CASUALTIES | 1135+ | AT_LEAST | -
                => Russian ministry | Ukraine | MILITARY | CASUALTIES | 1360+ | AT_LEAST | -
                Fourteen Israeli soldiers were wounded, six of them seriously, the army said.
                => army | Israel | MILITARY | WOUNDED | 14 | EXACT | -
                => army | Israel | MILITARY | WOUNDED | 6 | EXACT | -
                The number of injured, according to the latest data, is 20 people in Russia, emergency services said.
                => emergency services | Russia | ALL | WOUNDED | 20 | EXACT | -
                Ukrainian officials said 2,384 soldiers and civilians remained in Russian hands.
                => Ukrainian officials | Ukraine | ALL | CAPTURED | 2384 | EXACT | -
                The Syrian National Council gave a higher toll, saying eight people were killed in Aleppo.
                => Syrian National Council | Syria | ALL | KILLED | 8 | EXACT | -
                Battlegroup Sever spokesman, Andrey Shershnev, said Ukrainian losses amounted to 230 servicemen.
                => Andrey Shershnev | Ukraine | MILITARY | CASUALTIES | 230 | EXACT | -
                The fighting in Syria has killed 4,641 people, including nine journalists, the monitor said.
                => monitor | Syria | ALL | KILLED | 4641 | EXACT | -
                => monitor | Syria | CIVILIAN | KILLED | 9 | EXACT | -
                The ministry said the number of fatalities in Sudan increased from 63 to 92.
                => ministry | Sudan | ALL | KILLED | 63 | EXACT | -
                => ministry | Sudan | ALL | KILLED | 92 | EXACT | -
                Yemeni health officials recorded at least 40 deaths and 75 injuries.
                => Yemeni health officials | Yemen | ALL | KILLED | 40+ | AT_LEAST | -
                => Yemeni health officials | Yemen | ALL | WOUNDED | 75+ | AT_LEAST | -
                At least 30 Syrian civilians were killed and a further 90 hurt, the monitor said.
                => monitor | Syria | CIVILIAN | KILLED | 30+ | AT_LEAST | -
                => monitor | Syria | CIVILIAN | WOUNDED | 90+ | AT_LEAST | -
                At least 12 people were killed and eight others injured in Mali, the governor said.
                => governor | Mali | ALL | KILLED | 12+ | AT_LEAST | -
                => governor | Mali | ALL | WOUNDED | 8 | EXACT | -
                At least 11 people were killed and 23 wounded in the shelling of Kharkiv, the governor said.
                => governor | Ukraine | ALL | KILLED | 11+ | AT_LEAST | -
                => governor | Ukraine | ALL | WOUNDED | 23 | EXACT | -
                The militants killed at least 9 Somali soldiers and wounded 14 others, the army said.
                => army | Somalia | MILITARY | KILLED | 9+ | AT_LEAST | -
                => army | Somalia | MILITARY | WOUNDED | 14 | EXACT | -
                """);
    }

    static Stream<Case> ratesAndDates() {
        return Case.table("""
                The Ukrainian General Staff claims that approximately 800 Russians are killed daily.
                => Ukrainian General Staff | Russia | ALL | KILLED | 800 | APPROXIMATELY | DAY
                In a week, 45 Sudanese soldiers were killed around El Obeid, the army said.
                => army | Sudan | MILITARY | KILLED | 45 | EXACT | WEEK
                A month after the siege began, 45 Sudanese soldiers had been killed around El Obeid, the army said.
                => army | Sudan | MILITARY | KILLED | 45 | EXACT | -
                The Ukrainian General Staff claims that approximately 800 Russian troops are killed daily.
                => Ukrainian General Staff | Russia | MILITARY | KILLED | 800 | APPROXIMATELY | DAY
                Some 1,200 Russian servicemen were killed or wounded in the past 24 hours, Ukraine's military said.
                => Ukraine's military | Russia | MILITARY | CASUALTIES | 1200 | APPROXIMATELY | DAY
                Russia is losing about 1,000 soldiers a day, according to the UK Ministry of Defence.
                => UK Ministry of Defence | Russia | MILITARY | CASUALTIES | 1000 | APPROXIMATELY | DAY
                Ukraine's General Staff said 1,080 Russian soldiers were killed over the past day.
                => Ukraine's General Staff | Russia | MILITARY | KILLED | 1080 | EXACT | DAY
                Russia loses 20,000 soldiers per month, Western officials said.
                => Western officials | Russia | MILITARY | CASUALTIES | 20000 | EXACT | MONTH
                Zelensky said in February 2024 that 31,000 Ukrainian soldiers had been killed.
                => Zelensky | Ukraine | MILITARY | KILLED | 31000 | EXACT | - | asOf=2024-02
                The Ukrainian General Staff believes that over 139,000 Russian troops have been killed or injured since the main invasion began on February 24, 2022.
                => Ukrainian General Staff | Russia | MILITARY | CASUALTIES | 139000+ | AT_LEAST | - | since=2022-02-24
                The CSIS report cited 1.2 million Russian casualties between February 2022 and December 2025.
                => CSIS | Russia | MILITARY | CASUALTIES | 1200000 | EXACT | - | since=2022-02 asOf=2025-12
                Zelensky said 55,000 Ukrainian soldiers have been killed since Russia's full-scale invasion began.
                => Zelensky | Ukraine | MILITARY | KILLED | 55000 | EXACT | - | since=2022-02-24
                Since 2023, 5,000 Israeli soldiers have been wounded, the IDF said.
                => IDF | Israel | MILITARY | WOUNDED | 5000 | EXACT | - | since=2023
                @published 2025-03-10
                General Eirik Kristoffersen stated last month that 180,000 Russian soldiers were injured, died, or went missing.
                => Eirik Kristoffersen | Russia | MILITARY | CASUALTIES | 180000 | EXACT | - | asOf=2025-02
                @published 2025-03-10
                Zelensky said on February 16 that 46,000 Ukrainian soldiers had died.
                => Zelensky | Ukraine | MILITARY | KILLED | 46000 | EXACT | - | asOf=2025-02-16
                @published 2025-03-10
                Zelensky said in October that 43,000 Ukrainian soldiers had died.
                => Zelensky | Ukraine | MILITARY | KILLED | 43000 | EXACT | - | asOf=2024-10
                """);
    }

    static Stream<Case> notFigures() {
        return Case.table("""
                The Yemeni coalition said its jets hit 30 targets near Sanaa after 12 Yemeni soldiers were killed.
                => Yemeni coalition | Yemen | MILITARY | KILLED | 12 | EXACT | -
                Temperatures dropped as low as -20°C in Kyiv, where 2,000 homes lost power.
                => nothing
                Russia currently occupies approximately 20 percent of Ukraine, or 20% of its land.
                => nothing
                There are no vetoes in the 193-member international organization.
                => nothing
                The commission found that out of every ten people killed in the war, seven were civilians.
                => nothing
                The report covers a conflict that lasted nearly five decades.
                => nothing
                An army spokesman said three soldiers died in the ambush in Mali. The families of all three have been told.
                => army spokesman | Mali | MILITARY | KILLED | 3 | EXACT | -
                Police in Kabul said four guards were killed when a bomber, who had stalked the four, blew himself up.
                => Police in Kabul | Afghanistan | ALL | KILLED | 4 | EXACT | -
                Zelensky said Ukrainian soldiers were wounded, report f9e55a59-e13b-4866-9702-49144cb43eb3 notes.
                => nothing
                Russian soldiers were killed in strikes by F-16 jets and Kh-101 missiles, case 2025-0417-0032-17 says.
                => nothing
                The assembly will vote on February 23, 2023, a year after Russia's invasion began in 2022.
                => nothing
                These numbers place the war as the deadliest in Europe, with hundreds of thousands killed and millions displaced.
                => nothing
                Tens of thousands of Russian soldiers have died, officials said.
                => nothing
                Russia has lost 3,000 tanks and 500 aircraft, Kyiv says.
                => nothing
                Ukraine received $61 billion in aid, while 1.5 Russian brigades were destroyed.
                => nothing
                Resolution 2334 passed with 14 votes as 120 members abstained.
                => nothing
                Russia fired 90 missiles and 60 drones overnight, killing no one.
                => nothing
                His 2022 decree banned talks with Putin.
                => nothing
                The battalion's 24th brigade lost two-thirds of its vehicles.
                => nothing
                The Trump administration had invested significant resources in resolving the crisis.
                => nothing
                """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({ "figuresAndQualifiers", "sidesAndSpeakers", "partsAndLists", "ratesAndDates", "notFigures" })
    void readsTheClaimsOfASentence(Case c) {
        List<String> found = EXTRACTOR.extract(c.text(), c.publishedOn()).stream().map(claim -> Case.describe(claim, c)).toList();
        assertEquals(c.expected(), found, c.text());
    }

    /** One labelled text. */
    record Case(String text, LocalDate publishedOn, List<String> expected) {

        @Override
        public String toString() {
            return text.length() > 90 ? text.substring(0, 87) + "..." : text;
        }

        boolean checksDates() {
            return expected.stream().anyMatch(e -> e.split("\\|").length > 7);
        }

        static String describe(ExtractedClaim claim, Case c) {
            String figures = switch (claim.qualifier()) {
                case AT_LEAST -> claim.low() + "+";
                case AT_MOST -> ".." + claim.high();
                case RANGE -> claim.low() + ".." + claim.high();
                default -> String.valueOf(claim.best());
            };
            String line = String.join(" | ", claim.claimant(), claim.subject(), claim.population().name(), claim.category().name(),
                    figures, claim.qualifier().name(), claim.ratePer() == null ? "-" : claim.ratePer().name());
            if (c.checksDates()) {
                List<String> dates = new ArrayList<>();
                if (claim.periodStart() != null) {
                    dates.add("since=" + date(claim.periodStart(), claim.periodStartPrecision()));
                }
                if (claim.asOf() != null) {
                    dates.add("asOf=" + date(claim.asOf(), claim.asOfPrecision()));
                }
                line += " | " + String.join(" ", dates);
            }
            return line;
        }

        private static String date(LocalDate date, org.claimgraph.common.graphql.DatePrecision precision) {
            return switch (precision) {
                case DAY -> date.toString();
                case MONTH -> date.toString().substring(0, 7);
                case YEAR -> String.valueOf(date.getYear());
            };
        }

        static Stream<Case> table(String table) {
            List<Case> cases = new ArrayList<>();
            String text = null;
            LocalDate published = null;
            LocalDate nextPublished = null;
            List<String> expected = null;
            for (String raw : table.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("@published ")) {
                    nextPublished = LocalDate.parse(line.substring("@published ".length()));
                } else if (line.startsWith("=>")) {
                    String claim = line.substring(2).strip();
                    if (!claim.equals("nothing")) {
                        expected.add(claim.replaceAll("\\s*\\|\\s*", " | "));
                    }
                } else {
                    if (text != null) {
                        cases.add(new Case(text, published, expected));
                    }
                    text = line;
                    published = nextPublished;
                    nextPublished = null;
                    expected = new ArrayList<>();
                }
            }
            cases.add(new Case(text, published, expected));
            return cases.stream();
        }
    }
}
