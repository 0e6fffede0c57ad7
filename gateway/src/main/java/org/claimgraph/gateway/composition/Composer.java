package org.claimgraph.gateway.composition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Description;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;

/**
 * Composes Apollo Federation subgraph schemas into a supergraph: merges the types, decides which subgraph resolves
 * each field ({@code @key}, {@code @shareable}, {@code @external}, {@code @override}, {@code @inaccessible}) and
 * reports every rule broken at once. Anything this gateway cannot plan ({@code @requires}, {@code @interfaceObject})
 * is refused here, at start-up, rather than failing on a query later.
 */
public final class Composer {

    private static final Set<String> FEDERATION_TYPES = Set.of("_Service", "_Entity", "_Any", "_FieldSet", "FieldSet");
    private static final Set<String> ENTITY_ROOT_FIELDS = Set.of("_service", "_entities");
    private static final Set<String> KEPT_DIRECTIVES = Set.of("deprecated", "specifiedBy", "oneOf");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, MergedType> types = new LinkedHashMap<>();

    private Composer() {
    }

    /** Composes the subgraphs (their order breaks ties: the first subgraph that resolves a field is asked first). */
    public static Supergraph compose(List<SubgraphSchema> subgraphs, Function<Document, GraphQLSchema> schemaFactory) {
        Composer composer = new Composer();
        Map<String, java.net.URI> urls = new LinkedHashMap<>();
        for (SubgraphSchema subgraph : subgraphs) {
            urls.put(subgraph.name(), subgraph.url());
            composer.add(subgraph);
        }
        composer.finish();
        if (!composer.problems.isEmpty()) {
            throw new CompositionException(composer.problems);
        }
        Document api = composer.apiDocument();
        GraphQLSchema schema;
        try {
            schema = schemaFactory.apply(api);
        } catch (RuntimeException e) {
            throw new CompositionException(List.of("the composed API schema is not valid: " + e.getMessage()));
        }
        return new Supergraph(api, schema, urls, composer.placements());
    }

    private void add(SubgraphSchema subgraph) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(subgraph.sdl())
                    .parserOptions(ParserOptions.getDefaultSdlParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            problems.add("subgraph " + subgraph.name() + ": its SDL does not parse: " + e.getMessage());
            return;
        }
        FederationNames names = FederationNames.of(document);
        for (SchemaDefinition schema : document.getDefinitionsOfType(SchemaDefinition.class)) {
            schema.getOperationTypeDefinitions().forEach(operation -> {
                String expected = Character.toUpperCase(operation.getName().charAt(0)) + operation.getName().substring(1);
                if (!operation.getTypeName().getName().equals(expected)) {
                    problems.add("subgraph " + subgraph.name() + ": root type " + operation.getTypeName().getName()
                            + " must be named " + expected);
                }
            });
        }
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof TypeDefinition<?> type && !isFederationType(type.getName())) {
                addType(subgraph.name(), names, type);
            }
        }
    }

    private static boolean isFederationType(String name) {
        return FEDERATION_TYPES.contains(name) || name.startsWith("link__") || name.startsWith("federation__")
                || name.startsWith("join__");
    }

    private void addType(String subgraph, FederationNames names, TypeDefinition<?> type) {
        String kind = kindOf(type);
        MergedType merged = types.computeIfAbsent(type.getName(), name -> new MergedType(name, kind));
        if (!merged.kind.equals(kind)) {
            problems.add(type.getName() + " is " + merged.kind + " in " + merged.subgraphs + " but " + kind + " in " + subgraph);
            return;
        }
        merged.subgraphs.add(subgraph);
        if (merged.description == null && type instanceof graphql.language.AbstractDescribedNode<?> described) {
            merged.description = described.getDescription();
        }
        List<Directive> typeDirectives = type.getDirectives();
        if (has(typeDirectives, names.directive("inaccessible"))) {
            merged.inaccessible = true;
        }
        if (has(typeDirectives, names.directive("interfaceObject"))) {
            problems.add(type.getName() + " in " + subgraph + ": @interfaceObject is not supported by this gateway");
        }
        if (type instanceof ImplementingTypeDefinition<?> implementing) {
            addFields(subgraph, names, merged, implementing, typeDirectives);
        } else if (type instanceof UnionTypeDefinition union) {
            union.getMemberTypes().forEach(member -> merged.members.add(((TypeName) member).getName()));
        } else if (type instanceof EnumTypeDefinition enumType) {
            enumType.getEnumValueDefinitions().forEach(value -> merged.enumValues.putIfAbsent(value.getName(), value));
        } else if (type instanceof InputObjectTypeDefinition input) {
            Map<String, InputValueDefinition> fields = new LinkedHashMap<>();
            input.getInputValueDefinitions().forEach(field -> fields.put(field.getName(), field));
            merged.inputFields.put(subgraph, fields);
        }
    }

    private void addFields(String subgraph, FederationNames names, MergedType merged, ImplementingTypeDefinition<?> type,
            List<Directive> typeDirectives) {
        boolean typeShareable = !names.federation2 || has(typeDirectives, names.directive("shareable"));
        boolean typeExternal = has(typeDirectives, names.directive("external"));
        Set<String> keyFields = new LinkedHashSet<>();
        for (Directive key : typeDirectives) {
            if (!key.getName().equals(names.directive("key"))) {
                continue;
            }
            if (!(FederationNames.valueOf(key, "fields") instanceof StringValue fields)) {
                problems.add(merged.name + " in " + subgraph + ": @key without fields");
                continue;
            }
            SelectionSet keySelection;
            try {
                keySelection = ((graphql.language.OperationDefinition) Parser.parse("{" + fields.getValue() + "}").getDefinitions().get(0))
                        .getSelectionSet();
            } catch (InvalidSyntaxException e) {
                problems.add(merged.name + " in " + subgraph + ": @key(fields: \"" + fields.getValue() + "\") does not parse");
                continue;
            }
            keySelection.getSelectionsOfType(graphql.language.Field.class).forEach(field -> keyFields.add(field.getName()));
            boolean resolvable = !(FederationNames.valueOf(key, "resolvable") instanceof BooleanValue flag) || flag.isValue();
            if (resolvable) {
                merged.keys.computeIfAbsent(subgraph, s -> new ArrayList<>()).add(keySelection);
            }
        }
        type.getImplements().forEach(implemented -> merged.members.add(((TypeName) implemented).getName()));
        for (FieldDefinition field : type.getFieldDefinitions()) {
            if (merged.name.equals("Query") && ENTITY_ROOT_FIELDS.contains(field.getName())) {
                continue;
            }
            MergedField mergedField = merged.fields.computeIfAbsent(field.getName(), MergedField::new);
            mergedField.definitions.put(subgraph, field);
            List<Directive> directives = field.getDirectives();
            if (has(directives, names.directive("inaccessible"))) {
                mergedField.inaccessible = true;
            }
            if (has(directives, names.directive("requires"))) {
                problems.add(merged.name + "." + field.getName() + " in " + subgraph + ": @requires is not supported by this gateway");
            }
            boolean external = (typeExternal || has(directives, names.directive("external"))) && !keyFields.contains(field.getName());
            if (!external) {
                mergedField.resolvers.add(subgraph);
                if (typeShareable || keyFields.contains(field.getName()) || has(directives, names.directive("shareable"))) {
                    mergedField.shareableIn.add(subgraph);
                }
            }
            for (Directive override : directives) {
                if (override.getName().equals(names.directive("override"))
                        && FederationNames.valueOf(override, "from") instanceof StringValue from) {
                    mergedField.overridden.add(from.getValue());
                }
            }
        }
    }

    private void finish() {
        if (!types.containsKey("Query")) {
            problems.add("no subgraph defines a Query type");
        }
        for (MergedType type : types.values()) {
            for (MergedField field : type.fields.values()) {
                field.resolvers.removeAll(field.overridden);
                field.shareableIn.removeAll(field.overridden);
                if (field.resolvers.size() > 1 && !field.shareableIn.containsAll(field.resolvers)) {
                    List<String> notShareable = field.resolvers.stream().filter(s -> !field.shareableIn.contains(s)).toList();
                    problems.add(type.name + "." + field.name + " is resolved by " + field.resolvers
                            + " but is not @shareable in " + notShareable
                            + ": mark it @shareable everywhere, @override it, or define it in one subgraph only");
                }
                if (field.resolvers.isEmpty()) {
                    problems.add(type.name + "." + field.name + " is @external in every subgraph that defines it " + field.definitions.keySet());
                }
                field.merged = mergeField(type.name, field);
            }
            if (type.kind.equals("input")) {
                mergeInputFields(type);
            }
        }
        for (MergedType type : types.values()) {
            if (type.inaccessible) {
                continue;
            }
            for (MergedField field : type.fields.values()) {
                if (!field.inaccessible && field.merged != null && isInaccessible(baseName(field.merged.getType()))) {
                    problems.add(type.name + "." + field.name + " returns @inaccessible type " + baseName(field.merged.getType())
                            + ": mark the field @inaccessible too");
                }
            }
        }
    }

    private boolean isInaccessible(String typeName) {
        MergedType type = types.get(typeName);
        return type != null && type.inaccessible;
    }

    /** One definition of a field shared by several subgraphs: same type up to nullability, arguments in all of them. */
    private FieldDefinition mergeField(String typeName, MergedField field) {
        FieldDefinition result = null;
        for (Map.Entry<String, FieldDefinition> entry : field.definitions.entrySet()) {
            FieldDefinition definition = entry.getValue();
            if (result == null) {
                result = definition;
                continue;
            }
            String shape = shape(definition.getType());
            if (!shape.equals(shape(result.getType()))) {
                problems.add(typeName + "." + field.name + " is " + AstPrinter.printAst(result.getType()) + " in "
                        + field.definitions.keySet().iterator().next() + " but " + AstPrinter.printAst(definition.getType())
                        + " in " + entry.getKey());
                continue;
            }
            Type<?> looser = strictness(definition.getType()) < strictness(result.getType()) ? definition.getType() : result.getType();
            Set<String> shared = new LinkedHashSet<>();
            definition.getInputValueDefinitions().forEach(argument -> shared.add(argument.getName()));
            List<InputValueDefinition> arguments = new ArrayList<>();
            for (InputValueDefinition argument : result.getInputValueDefinitions()) {
                if (shared.contains(argument.getName())) {
                    arguments.add(argument);
                } else if (argument.getType() instanceof NonNullType && argument.getDefaultValue() == null) {
                    problems.add(typeName + "." + field.name + "(" + argument.getName() + ":) is required in one subgraph and missing in "
                            + entry.getKey());
                }
            }
            result = result.transform(builder -> builder.type(looser).inputValueDefinitions(arguments));
        }
        return result;
    }

    private void mergeInputFields(MergedType type) {
        Map<String, InputValueDefinition> merged = new LinkedHashMap<>();
        List<Map<String, InputValueDefinition>> all = new ArrayList<>(type.inputFields.values());
        for (InputValueDefinition field : all.get(0).values()) {
            boolean everywhere = all.stream().allMatch(fields -> fields.containsKey(field.getName()));
            if (everywhere) {
                InputValueDefinition stricter = all.stream().map(fields -> fields.get(field.getName()))
                        .max((a, b) -> Integer.compare(strictness(a.getType()), strictness(b.getType()))).orElse(field);
                merged.put(field.getName(), stricter);
            }
        }
        for (Map<String, InputValueDefinition> fields : all) {
            for (InputValueDefinition field : fields.values()) {
                if (!merged.containsKey(field.getName()) && field.getType() instanceof NonNullType && field.getDefaultValue() == null) {
                    problems.add("input " + type.name + "." + field.getName() + " is required in one subgraph but not defined in all");
                }
            }
        }
        type.mergedInputFields = merged;
    }

    private Document apiDocument() {
        List<Definition> definitions = new ArrayList<>();
        for (MergedType type : types.values()) {
            if (type.inaccessible) {
                continue;
            }
            Description description = type.description;
            switch (type.kind) {
                case "object", "interface" -> {
                    List<FieldDefinition> fields = new ArrayList<>();
                    for (MergedField field : type.fields.values()) {
                        if (!field.inaccessible && field.merged != null) {
                            fields.add(field.merged.transform(b -> b.directives(kept(field.merged.getDirectives()))
                                    .inputValueDefinitions(field.merged.getInputValueDefinitions().stream()
                                            .map(argument -> argument.transform(a -> a.directives(kept(argument.getDirectives())))).toList())));
                        }
                    }
                    List<Type> implemented = type.members.stream().filter(types::containsKey)
                            .<Type>map(TypeName::new).toList();
                    definitions.add(type.kind.equals("object")
                            ? ObjectTypeDefinition.newObjectTypeDefinition().name(type.name).description(description)
                                    .fieldDefinitions(fields).implementz(implemented).build()
                            : InterfaceTypeDefinition.newInterfaceTypeDefinition().name(type.name).description(description)
                                    .definitions(fields).implementz(implemented).build());
                }
                case "union" -> definitions.add(UnionTypeDefinition.newUnionTypeDefinition().name(type.name).description(description)
                        .memberTypes(type.members.stream().filter(member -> !isInaccessible(member)).<Type>map(TypeName::new).toList())
                        .build());
                case "enum" -> definitions.add(EnumTypeDefinition.newEnumTypeDefinition().name(type.name).description(description)
                        .enumValueDefinitions(type.enumValues.values().stream()
                                .map(value -> value.transform(b -> b.directives(kept(value.getDirectives())))).toList())
                        .build());
                case "input" -> definitions.add(InputObjectTypeDefinition.newInputObjectDefinition().name(type.name)
                        .description(description).inputValueDefinitions(type.mergedInputFields.values().stream()
                                .map(field -> field.transform(b -> b.directives(kept(field.getDirectives())))).toList())
                        .build());
                default -> definitions.add(ScalarTypeDefinition.newScalarTypeDefinition().name(type.name).description(description).build());
            }
        }
        return Document.newDocument().definitions(definitions).build();
    }

    private Map<String, TypePlacement> placements() {
        Map<String, TypePlacement> placements = new LinkedHashMap<>();
        for (MergedType type : types.values()) {
            Map<String, List<String>> fieldSubgraphs = new LinkedHashMap<>();
            type.fields.values().forEach(field -> fieldSubgraphs.put(field.name, List.copyOf(field.resolvers)));
            placements.put(type.name, new TypePlacement(type.name, Set.copyOf(type.subgraphs), fieldSubgraphs, Map.copyOf(type.keys)));
        }
        return placements;
    }

    /** The directives an API schema keeps (the built-in ones); composition directives are for the gateway only. */
    static List<Directive> kept(List<Directive> directives) {
        return directives.stream().filter(directive -> KEPT_DIRECTIVES.contains(directive.getName())).toList();
    }

    private static boolean has(List<Directive> directives, String name) {
        return directives.stream().anyMatch(directive -> directive.getName().equals(name));
    }

    private static String kindOf(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition) {
            return "object";
        } else if (type instanceof InterfaceTypeDefinition) {
            return "interface";
        } else if (type instanceof UnionTypeDefinition) {
            return "union";
        } else if (type instanceof EnumTypeDefinition) {
            return "enum";
        } else if (type instanceof InputObjectTypeDefinition) {
            return "input";
        }
        return "scalar";
    }

    /** The type without non-null markers: two definitions of a field must agree on it. */
    private static String shape(Type<?> type) {
        return AstPrinter.printAst(type).replace("!", "");
    }

    private static int strictness(Type<?> type) {
        return (int) AstPrinter.printAst(type).chars().filter(c -> c == '!').count();
    }

    static String baseName(Type<?> type) {
        return AstPrinter.printAst(type).replaceAll("[\\[\\]!]", "");
    }

    private static final class MergedType {
        final String name;
        final String kind;
        final Set<String> subgraphs = new LinkedHashSet<>();
        final Map<String, MergedField> fields = new LinkedHashMap<>();
        final Set<String> members = new LinkedHashSet<>();
        final Map<String, EnumValueDefinition> enumValues = new LinkedHashMap<>();
        final Map<String, Map<String, InputValueDefinition>> inputFields = new LinkedHashMap<>();
        final Map<String, List<SelectionSet>> keys = new LinkedHashMap<>();
        Map<String, InputValueDefinition> mergedInputFields = Map.of();
        Description description;
        boolean inaccessible;

        MergedType(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    private static final class MergedField {
        final String name;
        final Map<String, FieldDefinition> definitions = new LinkedHashMap<>();
        final Set<String> resolvers = new LinkedHashSet<>();
        final Set<String> shareableIn = new LinkedHashSet<>();
        final Set<String> overridden = new LinkedHashSet<>();
        boolean inaccessible;
        FieldDefinition merged;

        MergedField(String name) {
            this.name = name;
        }
    }
}
