package org.claimgraph.gateway.composition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.ArrayValue;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.SDLDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.StringValue;
import graphql.language.Value;

/**
 * The names a subgraph uses for the federation directives. Federation 2 subgraphs {@code @link} the spec and may
 * import directives under their own names; what is not imported is namespaced ({@code @federation__requires}).
 * A subgraph without the link is read as Federation 1: plain names, every field shareable.
 */
final class FederationNames {

    private static final String SPEC_URL = "specs.apollo.dev/federation/";

    final boolean federation2;
    private final String namespace;
    private final Map<String, String> imported;

    private FederationNames(boolean federation2, String namespace, Map<String, String> imported) {
        this.federation2 = federation2;
        this.namespace = namespace;
        this.imported = imported;
    }

    static FederationNames of(Document document) {
        for (SDLDefinition<?> definition : document.getDefinitionsOfType(SDLDefinition.class)) {
            List<Directive> directives = definition instanceof SchemaDefinition schema ? schema.getDirectives() : List.of();
            for (Directive link : directives) {
                if (!link.getName().equals("link") || !(valueOf(link, "url") instanceof StringValue url)
                        || !url.getValue().contains(SPEC_URL)) {
                    continue;
                }
                String namespace = valueOf(link, "as") instanceof StringValue as ? as.getValue() : "federation";
                Map<String, String> imported = new HashMap<>();
                if (valueOf(link, "import") instanceof ArrayValue imports) {
                    for (Value<?> entry : imports.getValues()) {
                        if (entry instanceof StringValue name) {
                            imported.put(strip(name.getValue()), strip(name.getValue()));
                        } else if (entry instanceof ObjectValue renamed) {
                            String name = null;
                            String as = null;
                            for (ObjectField field : renamed.getObjectFields()) {
                                if (field.getValue() instanceof StringValue text) {
                                    if (field.getName().equals("name")) {
                                        name = strip(text.getValue());
                                    } else if (field.getName().equals("as")) {
                                        as = strip(text.getValue());
                                    }
                                }
                            }
                            if (name != null) {
                                imported.put(name, as == null ? name : as);
                            }
                        }
                    }
                }
                return new FederationNames(true, namespace, imported);
            }
        }
        return new FederationNames(false, null, Map.of());
    }

    /** The local name of a federation directive given by its spec name ("key", "shareable", ...). */
    String directive(String specName) {
        if (!federation2) {
            return specName;
        }
        String local = imported.get(specName);
        return local != null ? local : namespace + "__" + specName;
    }

    static Value<?> valueOf(Directive directive, String argument) {
        Argument found = directive.getArgument(argument);
        return found == null ? null : found.getValue();
    }

    private static String strip(String name) {
        return name.startsWith("@") ? name.substring(1) : name;
    }
}
