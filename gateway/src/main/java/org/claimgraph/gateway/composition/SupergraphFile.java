package org.claimgraph.gateway.composition;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValue;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.language.Value;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;

/**
 * Reads a supergraph SDL with {@code join__} directives, as Apollo's composer (rover, {@code @apollo/composition})
 * writes it and Apollo Router, Hive Gateway and Cosmo read it: for production, where the supergraph is composed
 * and checked before deployment rather than at start-up.
 */
public final class SupergraphFile {

    private SupergraphFile() {
    }

    /** Subgraph URLs in {@code urlOverrides} win over the file's (one file for every environment). */
    public static Supergraph read(String sdl, Map<String, URI> urlOverrides, Function<Document, GraphQLSchema> schemaFactory) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(sdl)
                    .parserOptions(ParserOptions.getDefaultSdlParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            throw new CompositionException(List.of("the supergraph file does not parse: " + e.getMessage()));
        }
        Map<String, String> graphNames = new LinkedHashMap<>();
        Map<String, URI> urls = new LinkedHashMap<>();
        for (EnumTypeDefinition graphs : document.getDefinitionsOfType(EnumTypeDefinition.class)) {
            if (graphs.getName().equals("join__Graph")) {
                for (EnumValueDefinition graph : graphs.getEnumValueDefinitions()) {
                    Directive joinGraph = graph.getDirectives("join__graph").get(0);
                    String name = string(joinGraph, "name");
                    graphNames.put(graph.getName(), name);
                    urls.put(name, urlOverrides.getOrDefault(name, URI.create(string(joinGraph, "url"))));
                }
            }
        }
        if (graphNames.isEmpty()) {
            throw new CompositionException(List.of("the supergraph file has no join__Graph enum: is it a supergraph?"));
        }
        Map<String, TypePlacement> placements = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> members = new LinkedHashMap<>();
        Map<String, List<String>> viaInterfaces = new LinkedHashMap<>();
        Map<String, List<String>> interfacesOf = new LinkedHashMap<>();
        List<Definition> api = new ArrayList<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (!(definition instanceof TypeDefinition<?> type) || type.getName().startsWith("join__") || type.getName().startsWith("link__")) {
                continue;
            }
            Set<String> subgraphs = new LinkedHashSet<>();
            Set<String> interfaceObjectIn = new LinkedHashSet<>();
            Map<String, List<SelectionSet>> keys = new LinkedHashMap<>();
            for (Directive joinType : type.getDirectives("join__type")) {
                String graph = graphNames.get(((EnumValue) joinType.getArgument("graph").getValue()).getName());
                subgraphs.add(graph);
                if (bool(joinType, "isInterfaceObject", false)) {
                    interfaceObjectIn.add(graph);
                }
                String key = string(joinType, "key");
                if (key != null && bool(joinType, "resolvable", true)) {
                    keys.computeIfAbsent(graph, g -> new ArrayList<>()).add(fieldSet(key));
                }
            }
            for (Directive member : type.getDirectives("join__unionMember")) {
                members.computeIfAbsent(type.getName(), t -> new LinkedHashMap<>())
                        .computeIfAbsent(graphOf(member, graphNames), g -> new LinkedHashSet<>()).add(string(member, "member"));
            }
            for (Directive implemented : type.getDirectives("join__implements")) {
                members.computeIfAbsent(string(implemented, "interface"), t -> new LinkedHashMap<>())
                        .computeIfAbsent(graphOf(implemented, graphNames), g -> new LinkedHashSet<>()).add(type.getName());
            }
            if (type instanceof ImplementingTypeDefinition<?> implementing) {
                interfacesOf.put(type.getName(), implementing.getImplements().stream()
                        .map(implemented -> ((graphql.language.TypeName) implemented).getName()).toList());
            }
            Map<String, List<String>> fieldSubgraphs = new LinkedHashMap<>();
            Map<String, TypePlacement.FieldPlacement> fieldPlacements = new LinkedHashMap<>();
            if (type instanceof ImplementingTypeDefinition<?> implementing) {
                for (FieldDefinition field : implementing.getFieldDefinitions()) {
                    List<Directive> joins = field.getDirectives("join__field");
                    List<String> resolvers = new ArrayList<>();
                    Map<String, SelectionSet> requires = new LinkedHashMap<>();
                    Map<String, SelectionSet> provides = new LinkedHashMap<>();
                    Map<String, String> typeIn = new LinkedHashMap<>();
                    Map<String, String> shapeIn = new LinkedHashMap<>();
                    String shape = graphql.language.AstPrinter.printAst(field.getType()).replaceAll("\\s", "");
                    if (joins.isEmpty()) {
                        resolvers.addAll(subgraphs);
                    }
                    for (Directive join : joins) {
                        if (join.getArgument("graph") == null) {
                            // resolved where an interface of the type is an @interfaceObject (known once all types are read)
                            viaInterfaces.computeIfAbsent(type.getName(), t -> new ArrayList<>()).add(field.getName());
                            continue;
                        }
                        if (bool(join, "external", false) || bool(join, "usedOverridden", false)) {
                            continue;
                        }
                        String graph = graphOf(join, graphNames);
                        if (string(join, "requires") != null) {
                            requires.put(graph, fieldSet(string(join, "requires")));
                        }
                        if (string(join, "type") != null) {
                            typeIn.put(graph, string(join, "type").replaceAll("[\\[\\]!]", ""));
                            String declared = string(join, "type").replaceAll("\\s", "");
                            if (!declared.equals(shape)) {
                                shapeIn.put(graph, declared);
                            }
                        }
                        if (string(join, "provides") != null) {
                            provides.put(graph, fieldSet(string(join, "provides")));
                        }
                        resolvers.add(graph);
                    }
                    fieldSubgraphs.put(field.getName(), List.copyOf(resolvers));
                    fieldPlacements.put(field.getName(), new TypePlacement.FieldPlacement(
                            graphql.schema.idl.TypeUtil.unwrapAll(field.getType()).getName(), requires, provides, typeIn, shapeIn));
                }
            }
            placements.put(type.getName(), new TypePlacement(type.getName(), Set.copyOf(subgraphs), fieldSubgraphs, Map.copyOf(keys),
                    fieldPlacements, Map.of(), Set.copyOf(interfaceObjectIn)));
            if (!inaccessible(type)) {
                api.add(stripped(type));
            }
        }
        members.forEach((abstractType, byGraph) -> placements.computeIfPresent(abstractType, (name, placement) -> new TypePlacement(
                name, placement.subgraphs(), placement.fieldSubgraphs(), placement.keys(), placement.fields(), byGraph,
                placement.interfaceObjectIn())));
        viaInterfaces.forEach((typeName, fields) -> {
            Map<String, List<String>> fieldSubgraphs = placements.get(typeName).fieldSubgraphs();
            for (String field : fields) {
                Set<String> resolvers = new LinkedHashSet<>(fieldSubgraphs.getOrDefault(field, List.of()));
                for (String interfaceName : interfacesOf.getOrDefault(typeName, List.of())) {
                    TypePlacement implemented = placements.get(interfaceName);
                    if (implemented != null) {
                        for (String graph : implemented.subgraphsResolving(field)) {
                            if (implemented.interfaceObjectIn().contains(graph)) {
                                resolvers.add(graph);
                                TypePlacement.FieldPlacement own = placements.get(typeName).fields().get(field);
                                SelectionSet required = implemented.requires(field, graph);
                                if (own != null && required != null) {
                                    own.requires().put(graph, required);
                                }
                            }
                        }
                    }
                }
                fieldSubgraphs.put(field, List.copyOf(resolvers));
            }
        });
        Document apiDocument = Document.newDocument().definitions(api).build();
        return new Supergraph(apiDocument, schemaFactory.apply(apiDocument), urls, placements);
    }

    /** The type as clients see it: no join, link or other composition directives, nothing @inaccessible. */
    private static Definition<?> stripped(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition object) {
            return object.transform(b -> b.directives(List.of()).fieldDefinitions(fields(object.getFieldDefinitions())));
        } else if (type instanceof InterfaceTypeDefinition object) {
            return object.transform(b -> b.directives(List.of()).definitions(fields(object.getFieldDefinitions())));
        } else if (type instanceof EnumTypeDefinition enumType) {
            return enumType.transform(b -> b.directives(List.of()).enumValueDefinitions(enumType.getEnumValueDefinitions().stream()
                    .filter(value -> !inaccessible(value)).map(value -> value.transform(v -> v.directives(kept(value)))).toList()));
        } else if (type instanceof InputObjectTypeDefinition input) {
            return input.transform(b -> b.directives(List.of()).inputValueDefinitions(arguments(input.getInputValueDefinitions())));
        } else if (type instanceof UnionTypeDefinition union) {
            return union.transform(b -> b.directives(List.of()));
        }
        return ((ScalarTypeDefinition) type).transform(b -> b.directives(List.of()));
    }

    private static List<FieldDefinition> fields(List<FieldDefinition> fields) {
        return fields.stream().filter(field -> !inaccessible(field))
                .map(field -> field.transform(b -> b.directives(kept(field)).inputValueDefinitions(arguments(field.getInputValueDefinitions()))))
                .toList();
    }

    private static List<InputValueDefinition> arguments(List<InputValueDefinition> arguments) {
        return arguments.stream().filter(argument -> !inaccessible(argument))
                .map(argument -> argument.transform(b -> b.directives(kept(argument)))).toList();
    }

    private static List<Directive> kept(DirectivesContainer<?> element) {
        return Composer.kept(element.getDirectives());
    }

    private static boolean inaccessible(DirectivesContainer<?> element) {
        return element.hasDirective("inaccessible");
    }

    private static SelectionSet fieldSet(String text) {
        return ((OperationDefinition) Parser.parse("{" + text + "}").getDefinitions().get(0)).getSelectionSet();
    }

    private static String graphOf(Directive directive, Map<String, String> graphNames) {
        return graphNames.get(((EnumValue) directive.getArgument("graph").getValue()).getName());
    }

    private static String string(Directive directive, String argument) {
        Value<?> value = directive.getArgument(argument) == null ? null : directive.getArgument(argument).getValue();
        return value instanceof StringValue text ? text.getValue() : null;
    }

    private static boolean bool(Directive directive, String argument, boolean otherwise) {
        Value<?> value = directive.getArgument(argument) == null ? null : directive.getArgument(argument).getValue();
        return value instanceof BooleanValue flag ? flag.isValue() : otherwise;
    }
}
