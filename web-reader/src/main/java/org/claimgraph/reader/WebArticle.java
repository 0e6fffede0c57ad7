package org.claimgraph.reader;

import java.time.LocalDate;

/**
 * An article as read from a web page: its main text (paragraphs separated by blank lines, without navigation,
 * menus, share buttons and other boilerplate) and what the page's metadata says about it. Any of the metadata may be
 * null when the page does not give it.
 */
public record WebArticle(String title, String text, LocalDate publishedOn, String outletName, String canonicalUrl) {
}
