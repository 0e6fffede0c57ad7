package org.claimgraph.claims.ingestion.web;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WebPage")
@Description("An article as read from a web page: what was stored as the document. Given arguments win over the page's metadata.")
public class WebPage {

    @Description("From the arguments, else og:title, JSON-LD headline, the first <h1> or <title>.")
    public String title;
    @Description("From the arguments, else the canonical URL (<link rel=canonical>, og:url), else the URL the page came from.")
    public String url;
    @Description("From the arguments, else article:published_time, JSON-LD datePublished, itemprop=datePublished or <time datetime>.")
    public LocalDate publishedOn;
    @Description("From the arguments, else og:site_name, JSON-LD publisher.name or application-name.")
    public String outletName;
    @NonNull
    @Description("The main text, without navigation and boilerplate, one paragraph per block separated by blank lines; "
            + "claims' spans refer to it.")
    public String text;
}
