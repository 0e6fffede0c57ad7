package org.claimgraph.sources.source;

import org.eclipse.microprofile.graphql.Enum;

@Enum("SourceKind")
public enum SourceKind {
    PERSON,
    GOVERNMENT,
    MILITARY,
    INTELLIGENCE,
    THINK_TANK,
    INTERNATIONAL_ORGANIZATION,
    MEDIA,
    NGO,
    OTHER
}
