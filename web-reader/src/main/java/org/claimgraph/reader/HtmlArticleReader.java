package org.claimgraph.reader;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the article out of an HTML page with jsoup.
 * <p>
 * Metadata: the title from {@code og:title}, JSON-LD {@code headline}, the first {@code <h1>} or {@code <title>};
 * the publication date from {@code article:published_time}, JSON-LD {@code datePublished} (NewsArticle, Article,
 * BlogPosting, ReportageNews, also inside {@code @graph}), {@code itemprop=datePublished}, Dublin Core and
 * {@code <time datetime>}; the outlet from {@code og:site_name}, JSON-LD {@code publisher.name} or
 * {@code application-name}; the canonical URL from {@code <link rel=canonical>}, else {@code og:url}, else the URL
 * the page came from.
 * <p>
 * Main text: scripts, styles, forms, navigation, headers, footers, asides, figures and elements whose class or id
 * names boilerplate (share, related, newsletter, comments, ads, cookie banners, ...) are dropped; the container is
 * the JSON-LD/microdata article body, else the {@code <article>} with the most paragraph text, else the element whose
 * paragraphs hold the most text (a readability-style score), else {@code <main>} or the body. Its headings,
 * paragraphs, list items and quotes are the text, one per paragraph; link lists (mostly anchor text) are left out.
 */
public final class HtmlArticleReader {

    /** Fewer words than this is not an article (a login wall, an index page, an error page). */
    public static final int MIN_WORDS = 12;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenews", "blogposting",
            "analysisnewsarticle", "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "report",
            "webpage", "liveblogposting");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[\\s_-])(share|sharing|social|related|recommended|promo|newsletter|subscribe|subscription|signup|advert|advertisement|"
                    + "ads?|sponsor(ed)?|cookie|consent|comments?|breadcrumbs?|nav|navbar|navigation|menu|sidebar|footer|masthead|"
                    + "paywall|popup|modal|banner|byline-social|tags|toolbar|skip-link|most-read|trending|outbrain|taboola)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY = Pattern.compile("(article|story|post|entry)[-_]?(body|content|text)", Pattern.CASE_INSENSITIVE);
    private static final String DROPPED = "script, style, noscript, template, svg, canvas, iframe, object, embed, form, "
            + "button, select, input, textarea, nav, header, footer, aside, figure, figcaption, dialog, menu, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], [aria-hidden=true], [hidden]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd, dt, td";
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\u2013\\u2014\\-:]\\s+[^|\\u2013\\u2014\\-:]{2,40}$");

    private HtmlArticleReader() {
    }

    /** Reads a page; {@code baseUrl} (may be null) resolves relative links such as the canonical URL. */
    public static WebArticle read(String html, String baseUrl) {
        if (html == null || html.isBlank()) {
            throw new ReadException("is empty");
        }
        Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        List<JsonNode> ld = jsonLd(page);
        JsonNode article = ld.stream().filter(HtmlArticleReader::isArticle).findFirst().orElse(null);

        String title = firstNonBlank(meta(page, "og:title"), meta(page, "twitter:title"), text(article, "headline"),
                text(article, "name"), firstText(page, "article h1, main h1, h1"), cleanTitle(page.title()));
        LocalDate publishedOn = firstDate(meta(page, "article:published_time"), text(article, "datePublished"),
                attr(page, "[itemprop=datePublished]", "content"), attr(page, "[itemprop=datePublished]", "datetime"),
                meta(page, "og:published_time"), meta(page, "publish-date"), meta(page, "pubdate"), meta(page, "date"),
                meta(page, "dc.date"), meta(page, "dc.date.issued"), meta(page, "dcterms.created"), meta(page, "sailthru.date"),
                attr(page, "article time[datetime], main time[datetime], time[pubdate], time[datetime]", "datetime"),
                text(article, "dateCreated"), text(article, "dateModified"), meta(page, "article:modified_time"));
        String outlet = firstNonBlank(meta(page, "og:site_name"), publisherName(article), publisherName(ld),
                meta(page, "application-name"), meta(page, "twitter:site") == null ? null : meta(page, "twitter:site").replaceFirst("^@", ""));
        String canonical = firstNonBlank(absAttr(page, "link[rel=canonical]", "href"), absolute(page, meta(page, "og:url")),
                baseUrl == null || baseUrl.isBlank() || baseUrl.startsWith("file:") ? null : baseUrl);

        String text = mainText(page, article);
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        if (words < MIN_WORDS) {
            throw new ReadException("has no article text (" + words + " words of paragraph text found; at least " + MIN_WORDS
                    + " are needed)");
        }
        return new WebArticle(title == null ? null : title.strip(), text, publishedOn, outlet == null ? null : outlet.strip(), canonical);
    }

    // ---- main text

    private static String mainText(Document page, JsonNode article) {
        String body = text(article, "articleBody");
        page.select(DROPPED).remove();
        int total = paragraphText(page.body());
        for (Element element : new ArrayList<>(page.body().select("[class], [id]"))) {
            if (element.parent() == null || element.tagName().equals("article") || element.tagName().equals("main")
                    || element.tagName().equals("body")) {
                continue;
            }
            String names = element.className() + " " + element.id();
            // A wrapper named after what it holds besides the article ("page has-sidebar", "with-ads") is not boilerplate.
            if (BOILERPLATE.matcher(names).find() && !BODY.matcher(names).find()
                    && element.selectFirst("article, main, [itemprop=articleBody]") == null && paragraphText(element) * 2 < total + 1) {
                element.remove();
            }
        }
        Element container = container(page);
        String text = blocks(container);
        if (text.isBlank() && body != null && !body.isBlank()) {
            return normalize(body);
        }
        return text;
    }

    private static Element container(Document page) {
        Element body = page.selectFirst("[itemprop=articleBody]");
        if (body != null && paragraphText(body) > 0) {
            return body;
        }
        Element best = null;
        int bestLength = 0;
        for (Element article : page.select("article")) {
            int length = paragraphText(article);
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        // Readability-style: each paragraph scores its parent fully and its grandparent half.
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : page.select("p")) {
            int length = p.text().length();
            if (length < 25) {
                continue;
            }
            double score = 1 + Math.min(length / 100.0, 3) + commas(p.text());
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        Element top = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (top != null) {
            return top;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        return Math.min(count, 5);
    }

    private static int paragraphText(Element element) {
        int length = 0;
        for (Element p : element.select("p")) {
            length += p.text().length();
        }
        return length;
    }

    private static String blocks(Element container) {
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = container.select(BLOCKS);
        if (blocks.isEmpty()) {
            String all = container.text();
            return all.isBlank() ? "" : normalize(all);
        }
        for (Element block : blocks) {
            // A block inside another block is part of the outer one's text (a <p> in a <blockquote>, a <p> in a <li>).
            if (hasBlockAncestor(block, container)) {
                continue;
            }
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            int linkText = 0;
            for (Element link : block.select("a")) {
                linkText += link.text().length();
            }
            boolean heading = block.tagName().matches("h[1-6]");
            if (!heading && linkText > 0.5 * text.length()) {
                continue;                                   // a list of links: "Read more", related stories, tags
            }
            if (block.tagName().equals("li") && text.split("\\s+").length < 4) {
                continue;                                   // menu entries
            }
            if (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(text)) {
                continue;
            }
            paragraphs.add(text);
        }
        return String.join("\n\n", paragraphs);
    }

    private static boolean hasBlockAncestor(Element block, Element container) {
        for (Element parent = block.parent(); parent != null && parent != container; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String text) {
        return text.replace('\u00A0', ' ').replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*\\n\\s*", "\n\n").strip();
    }

    // ---- metadata

    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (Exception malformed) {
                // Pages often carry broken JSON-LD; the other metadata still counts.
            }
        }
        return nodes;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
            collect(node.get("mainEntity"), into);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT)) && (node.has("headline") || node.has("datePublished")
                    || node.has("articleBody") || !"webpage".equalsIgnoreCase(t.asText()))) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            value = value.size() == 0 ? null : value.get(0);
        }
        return value == null || !value.isValueNode() ? null : value.asText();
    }

    private static String publisherName(JsonNode article) {
        if (article == null) {
            return null;
        }
        JsonNode publisher = article.get("publisher");
        if (publisher != null && publisher.isArray() && publisher.size() > 0) {
            publisher = publisher.get(0);
        }
        return publisher == null ? null : publisher.isTextual() ? publisher.asText() : text(publisher, "name");
    }

    private static String publisherName(List<JsonNode> ld) {
        for (JsonNode node : ld) {
            JsonNode type = node.get("@type");
            if (type != null && type.isTextual() && (type.asText().equals("NewsMediaOrganization") || type.asText().equals("Organization"))
                    && ld.stream().anyMatch(HtmlArticleReader::isArticle)) {
                return text(node, "name");
            }
        }
        return null;
    }

    private static String meta(Document page, String name) {
        for (Element meta : page.select("meta[property], meta[name], meta[itemprop]")) {
            String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }

    private static String attr(Document page, String css, String attribute) {
        for (Element element : page.select(css)) {
            if (!element.attr(attribute).isBlank()) {
                return element.attr(attribute).strip();
            }
        }
        return null;
    }

    private static String absAttr(Document page, String css, String attribute) {
        for (Element element : page.select(css)) {
            String value = element.absUrl(attribute);
            if (!value.isBlank()) {
                return value;
            }
            if (!element.attr(attribute).isBlank() && element.attr(attribute).matches("(?i)https?://.*")) {
                return element.attr(attribute);
            }
        }
        return null;
    }

    private static String absolute(Document page, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        if (url.matches("(?i)https?://.*")) {
            return url;
        }
        Element anchor = page.createElement("a").attr("href", url);
        String resolved = anchor.absUrl("href");
        return resolved.isBlank() ? null : resolved;
    }

    private static String firstText(Document page, String css) {
        Element element = page.selectFirst(css);
        return element == null || element.text().isBlank() ? null : element.text();
    }

    private static String cleanTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        Matcher suffix = TITLE_SUFFIX.matcher(title.strip());
        return suffix.find() && suffix.start() > 15 ? title.strip().substring(0, suffix.start()) : title.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static LocalDate firstDate(String... values) {
        for (String value : values) {
            LocalDate date = parseDate(value);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * A date as a page writes it: ISO 8601 (the calendar date as written, in the publisher's own offset, so
     * 2025-03-10T23:30:00-05:00 is the 10th), or RFC 1123 as feeds write it.
     */
    public static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher iso = ISO_DATE.matcher(value);
        if (iso.find()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (java.time.DateTimeException invalid) {
                return null;
            }
        }
        String v = value.strip();
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            // "Mon, 10 Mar 2025 14:00:00 EST": zone names RFC 1123 does not take; the date is what counts.
            return LocalDate.parse(v.replaceFirst("^[A-Za-z]{3},\\s*", "").replaceFirst("^(\\d{1,2} \\w{3} \\d{4}).*$", "$1"),
                    DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
