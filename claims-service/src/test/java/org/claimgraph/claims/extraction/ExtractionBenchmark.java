package org.claimgraph.claims.extraction;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Extraction throughput on one core: generates a corpus of news-like articles (mostly sentences without figures, as
 * real articles are, with claims, dates, percentages, years and other numbers mixed in), then times
 * {@link ClaimExtractor#extract} over it single-threaded after a warm-up. Run with {@code bench/extraction.sh}.
 */
public final class ExtractionBenchmark {

    private static final String[] CLAIMANTS = { "Volodymyr Zelensky", "The Ukrainian General Staff", "US officials",
            "Western intelligence agencies", "The Russian Defence Ministry", "British intelligence", "General Eirik Kristoffersen",
            "The UN human rights monitoring mission", "Mediazona", "The Gaza health ministry", "Israel's military" };
    private static final String[] SIDES = { "Ukrainian", "Russian", "Israeli", "Palestinian", "Sudanese" };
    private static final String[] NOUNS = { "soldiers", "troops", "civilians", "servicemen", "people" };
    private static final String[] VERBS = { "have been killed", "were wounded", "were killed or injured", "are missing", "died",
            "were captured" };
    private static final String[] QUALIFIERS = { "", "over ", "up to ", "about ", "at least ", "nearly ", "roughly " };
    private static final String[] SPEECH = { "said", "claims", "estimated", "believes", "reported" };
    private static final String[] FILLER = {
            "Peace talks between the delegations are set to resume next week in Abu Dhabi, marking a rare attempt at diplomacy.",
            "The main sticking point remains the future of territory in the east, where both sides insist on their positions.",
            "Russia currently occupies approximately 20 percent of the country, though Kyiv retains control of about one-fifth of the region.",
            "Temperatures dropped as low as -20°C as strikes on the power grid left thousands without electricity.",
            "There are no vetoes in the 193-member assembly, which will vote on February 23 on the resolution.",
            "The envoy said the administration had invested significant resources in resolving the crisis since 2022.",
            "Analysts cautioned that such figures are frequently viewed as dubious by foreign intelligence services.",
            "The talks, mediated by the U.S., focus on military and political issues, officials said on Tuesday.",
            "Europe has expressed frustration over being sidelined, stressing the importance of its participation.",
            "Aid deliveries of $61 billion were approved by lawmakers after months of delay, with 3 of 4 tranches paid." };

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<String> corpus = corpus(articles, new Random(42));
        long bytes = corpus.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
        ClaimExtractor extractor = new ClaimExtractor();
        LocalDate published = LocalDate.of(2025, 3, 10);
        for (int warmup = 0; warmup < 3; warmup++) {
            run(extractor, corpus, published);
        }
        List<Double> rates = new ArrayList<>();
        List<Double> cpuRates = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long claims = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            claims = run(extractor, corpus, published);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            rates.add(bytes / 1e6 / seconds);
            cpuRates.add(bytes / 1e6 / cpuSeconds);
        }
        rates.sort(Double::compare);
        cpuRates.sort(Double::compare);
        System.out.printf("corpus: %d articles, %.1f MB, %d claims per pass%n", articles, bytes / 1e6, claims);
        System.out.printf("extraction on one thread: median %.1f MB/s (min %.1f, max %.1f) over 5 passes after 3 warm-up passes%n",
                rates.get(2), rates.get(0), rates.get(4));
        // on a shared machine the wall clock counts the time other processes hold the core: the thread's own CPU time
        // says what one core does
        System.out.printf("per second of the thread's CPU time: median %.1f MB/s (min %.1f, max %.1f)%n",
                cpuRates.get(2), cpuRates.get(0), cpuRates.get(4));
    }

    private static long run(ClaimExtractor extractor, List<String> corpus, LocalDate published) {
        long claims = 0;
        for (String article : corpus) {
            claims += extractor.extract(article, published).size();
        }
        return claims;
    }

    static List<String> corpus(int articles, Random random) {
        List<String> corpus = new ArrayList<>(articles);
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder();
            text.append(pick(random, SIDES)).append(" losses mount as talks stall\n\n");
            int sentences = 25 + random.nextInt(20);
            for (int s = 0; s < sentences; s++) {
                if (random.nextInt(6) == 0) {
                    text.append(pick(random, CLAIMANTS)).append(' ').append(pick(random, SPEECH)).append(" that ")
                            .append(pick(random, QUALIFIERS)).append(String.format(Locale.ENGLISH, "%,d", 100 + random.nextInt(900_000))).append(' ')
                            .append(pick(random, SIDES)).append(' ').append(pick(random, NOUNS)).append(' ')
                            .append(pick(random, VERBS)).append(random.nextBoolean() ? " since February 24, 2022. " : " last month. ");
                } else {
                    text.append(pick(random, FILLER)).append(' ');
                }
                if (random.nextInt(5) == 0) {
                    text.append("\n\n");
                }
            }
            corpus.add(text.toString());
        }
        return corpus;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
