package org.claimgraph.reader;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with the JDK's XML parser. Document type declarations are refused, so
 * no external entity, DTD or entity expansion ("billion laughs") is ever processed.
 */
public final class FeedReader {

    private FeedReader() {
    }

    public static boolean looksLikeFeed(String text) {
        if (text == null) {
            return false;
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(java.util.Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    /**
     * The article an item carries in the feed itself (its content, else its description), with the item's title,
     * date and link and the feed's title as the outlet; null when the item holds too little text to be the article
     * (then its link is the page to read).
     */
    public static WebArticle article(Feed feed, Feed.Item item) {
        for (String html : new String[] {item.content(), item.summary()}) {
            if (html == null || html.isBlank()) {
                continue;
            }
            try {
                WebArticle read = HtmlArticleReader.read("<html><body><article>" + html + "</article></body></html>", item.link());
                return new WebArticle(item.title() != null ? item.title() : read.title(), read.text(), item.publishedOn(),
                        feed.title(), item.link());
            } catch (ReadException tooShort) {
                // a teaser: try the next, else the page
            }
        }
        return null;
    }

    /** Reads a feed; at most {@code maxItems} items are returned, {@link Feed#itemsInFeed()} counts them all. */
    public static Feed read(String xml, int maxItems) {
        if (xml == null || xml.isBlank()) {
            throw new ReadException("is empty");
        }
        return read(new InputSource(new StringReader(xml.strip())), maxItems);
    }

    /** Reads a feed from its bytes, in the encoding its XML declaration names. */
    public static Feed read(byte[] xml, int maxItems) {
        if (xml == null || xml.length == 0) {
            throw new ReadException("is empty");
        }
        return read(new InputSource(new ByteArrayInputStream(xml)), maxItems);
    }

    private static Feed read(InputSource source, int maxItems) {
        Document xml;
        try {
            xml = parser().parse(source);
        } catch (SAXParseException malformed) {
            String message = malformed.getMessage() == null ? "" : malformed.getMessage();
            if (message.contains("DOCTYPE")) {
                throw new ReadException("is not accepted: feeds with a document type declaration (DOCTYPE) are refused");
            }
            throw new ReadException("is not well-formed XML (line " + malformed.getLineNumber() + ": " + message + ")");
        } catch (Exception unreadable) {
            throw new ReadException("could not be read as XML: " + unreadable.getMessage(), unreadable);
        }
        Element root = xml.getDocumentElement();
        String kind = root.getLocalName() == null ? root.getTagName() : root.getLocalName();
        return switch (kind.toLowerCase(java.util.Locale.ROOT)) {
            case "rss", "rdf" -> rss(root, maxItems);
            case "feed" -> atom(root, maxItems);
            default -> throw new ReadException("is not an RSS or Atom feed (its root element is <" + root.getTagName() + ">)");
        };
    }

    private static Feed rss(Element root, int maxItems) {
        Element channel = child(root, "channel");
        List<Element> itemElements = descendants(root, "item");
        List<Feed.Item> items = new ArrayList<>();
        for (Element item : itemElements) {
            if (items.size() >= maxItems) {
                break;
            }
            String link = firstNonBlank(text(child(item, "link")), guidLink(item), item.getAttributeNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about"));
            LocalDate date = firstDate(text(child(item, "pubDate")), text(child(item, "date")), text(child(item, "published")),
                    text(child(item, "updated")));
            items.add(new Feed.Item(text(child(item, "title")), blankToNull(link), date, text(child(item, "encoded")),
                    text(child(item, "description"))));
        }
        return new Feed(channel == null ? null : text(child(channel, "title")), channel == null ? null : text(child(channel, "link")),
                items, itemElements.size());
    }

    private static Feed atom(Element root, int maxItems) {
        List<Element> entries = children(root, "entry");
        List<Feed.Item> items = new ArrayList<>();
        for (Element entry : entries) {
            if (items.size() >= maxItems) {
                break;
            }
            LocalDate date = firstDate(text(child(entry, "published")), text(child(entry, "updated")), text(child(entry, "date")));
            items.add(new Feed.Item(text(child(entry, "title")), atomLink(entry), date, atomContent(child(entry, "content")),
                    atomContent(child(entry, "summary"))));
        }
        return new Feed(text(child(root, "title")), atomLink(root), items, entries.size());
    }

    private static String atomLink(Element element) {
        String any = null;
        for (Element link : children(element, "link")) {
            String rel = link.getAttribute("rel");
            String href = link.getAttribute("href");
            if (href.isBlank()) {
                continue;
            }
            if (rel.isBlank() || rel.equals("alternate")) {
                return href.strip();
            }
            if (any == null && !rel.equals("self") && !rel.equals("enclosure")) {
                any = href.strip();
            }
        }
        return any;
    }

    /** Atom content: escaped HTML ({@code type="html"}), inline XHTML ({@code type="xhtml"}, serialized back) or text. */
    private static String atomContent(Element content) {
        if (content == null) {
            return null;
        }
        if ("xhtml".equals(content.getAttribute("type"))) {
            StringBuilder html = new StringBuilder();
            NodeList nodes = content.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                html.append(serialize(nodes.item(i)));
            }
            return html.toString();
        }
        return text(content);
    }

    private static String serialize(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            return org.jsoup.nodes.Entities.escape(node.getTextContent());
        }
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return "";
        }
        String name = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
        StringBuilder html = new StringBuilder("<").append(name).append('>');
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            html.append(serialize(children.item(i)));
        }
        return html.append("</").append(name).append('>').toString();
    }

    private static String guidLink(Element item) {
        Element guid = child(item, "guid");
        if (guid == null || "false".equalsIgnoreCase(guid.getAttribute("isPermaLink"))) {
            return null;
        }
        String value = text(guid);
        return value != null && value.matches("(?i)https?://\\S+") ? value : null;
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
            }

            @Override
            public void error(SAXParseException exception) throws SAXParseException {
                throw exception;
            }

            @Override
            public void fatalError(SAXParseException exception) throws SAXParseException {
                throw exception;
            }
        });
        builder.setEntityResolver((publicId, systemId) -> {
            throw new ReadException("refers to an external entity (" + systemId + "), which is not fetched");
        });
        return builder;
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(name(element))) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(name(element))) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }

    private static String name(Element element) {
        return element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate firstDate(String... values) {
        for (String value : values) {
            LocalDate date = HtmlArticleReader.parseDate(value);
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
