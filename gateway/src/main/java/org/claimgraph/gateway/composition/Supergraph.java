package org.claimgraph.gateway.composition;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.schema.GraphQLSchema;

/**
 * The composed graph: the API schema clients see (federation plumbing and {@code @inaccessible} elements removed),
 * the subgraphs' URLs, and where each type and field lives, which is what the query planner needs.
 */
public record Supergraph(Document apiDocument, GraphQLSchema apiSchema, Map<String, URI> subgraphUrls,
        Map<String, TypePlacement> placements) {

    public Supergraph {
        subgraphUrls = new LinkedHashMap<>(subgraphUrls);
    }

    /** The API schema as SDL, types in alphabetical order, without the built-in scalars and directives. */
    public String printedApiSchema() {
        return new graphql.schema.idl.SchemaPrinter(graphql.schema.idl.SchemaPrinter.Options.defaultOptions()
                .includeDirectives(directive -> directive.equals("deprecated") || directive.equals("oneOf"))
                .includeScalarTypes(true).includeSchemaDefinition(false)).print(apiSchema);
    }

    public TypePlacement placement(String type) {
        TypePlacement placement = placements.get(type);
        if (placement == null) {
            throw new IllegalArgumentException("type " + type + " is not in the supergraph");
        }
        return placement;
    }
}
