package org.claimgraph.gateway.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.claimgraph.gateway.composition.Supergraph;
import org.claimgraph.gateway.composition.TypePlacement;

/**
 * Splits an operation over the subgraphs. Each field goes to a subgraph that resolves it, preferably the one already
 * fetching its parent; a field its parent's subgraph cannot resolve becomes an entity fetch in the owning subgraph,
 * reached by a {@code @key} both sides know. A field with {@code @requires} is fetched from its owner only after the
 * fields it requires were fetched (wherever they live), which then travel in the representations; a {@code @provides}
 * lets a subgraph answer the provided fields itself. Fragments are expanded per concrete type, and only the types a
 * subgraph knows as members of a union or interface are sent to it; {@code @skip}/{@code @include} decided with the
 * request's variables, and all entity fetches of one level to one subgraph are batched into one request.
 */
public final class QueryPlanner {

    /** Planning splits abstract selections per concrete type; this bounds what a small query can expand to. */
    static final int MAX_PLANNED_FIELDS = 20_000;

    private final Supergraph supergraph;
    private final GraphQLSchema schema;

    public QueryPlanner(Supergraph supergraph) {
        this.supergraph = supergraph;
        this.schema = supergraph.apiSchema();
    }

    public QueryPlan plan(Document document, OperationDefinition operation, Map<String, Object> variables) {
        GraphQLObjectType rootType = switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> throw new PlanningException("subscriptions are not supported by this gateway");
        };
        Map<String, Object> values = new java.util.HashMap<>(variables == null ? Map.of() : variables);
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            if (!values.containsKey(definition.getName()) && definition.getDefaultValue() instanceof BooleanValue bool) {
                values.put(definition.getName(), bool.isValue()); // what @skip/@include will see
            }
        }
        Planning planning = new Planning(document, values);
        List<Fetch> roots = new ArrayList<>();
        Fetch current = null;
        for (Map.Entry<String, List<Field>> entry : planning.collect(rootType, List.of(operation.getSelectionSet())).entrySet()) {
            String name = entry.getValue().get(0).getName();
            if (name.startsWith("__")) {
                continue; // __typename, __schema, __type: answered by the gateway's own schema
            }
            List<String> owners = supergraph.placement(rootType.getName()).subgraphsResolving(name);
            if (operation.getOperation() == OperationDefinition.Operation.QUERY && owners.size() > 1) {
                Map<String, Field> parts = planning.sharedRootParts(rootType, entry.getValue(), owners);
                if (parts != null) {
                    parts.forEach((owner, part) -> {
                        Fetch shared = roots.stream().filter(root -> root.subgraph().equals(owner)).findFirst().orElseGet(() -> {
                            Fetch created = new Fetch(owner, 0, List.of(), null, null, null, Set.of());
                            roots.add(created);
                            return created;
                        });
                        planning.field(shared, owner, rootType, entry.getKey(), List.of(part), shared.selections, List.of(), Map.of());
                    });
                    continue;
                }
            }
            Fetch fetch = null;
            if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
                fetch = current != null && owners.contains(current.subgraph()) ? current : null;
            } else {
                fetch = planning.rootFetch(rootType, entry.getKey(), entry.getValue(), owners, roots);
            }
            if (fetch == null) {
                fetch = new Fetch(owners.get(0), 0, List.of(), null, null, null, Set.of());
                roots.add(fetch);
            }
            current = fetch;
            planning.field(fetch, fetch.subgraph(), rootType, entry.getKey(), entry.getValue(), fetch.selections, List.of(), Map.of());
        }
        for (Fetch root : roots) {
            OperationDefinition query = OperationDefinition.newOperationDefinition().operation(operation.getOperation())
                    .variableDefinitions(definitions(operation, root.variables)).selectionSet(root.selections.toAst()).build();
            root.finish(AstPrinter.printAstCompact(query));
        }
        List<QueryPlan.Step> steps = new ArrayList<>();
        if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
            roots.forEach(root -> steps.add(new QueryPlan.Step(List.of(root), batches(operation, List.of(root)))));
        } else {
            steps.add(new QueryPlan.Step(roots, batches(operation, roots)));
        }
        return new QueryPlan(operation.getOperation(), steps);
    }

    /** Entity fetches grouped by level (a fetch that needs another's data has a higher level), one batch per subgraph. */
    private List<List<EntityBatch>> batches(OperationDefinition operation, List<Fetch> roots) {
        java.util.TreeMap<Integer, List<Fetch>> levels = new java.util.TreeMap<>();
        List<Fetch> pending = new ArrayList<>();
        roots.forEach(root -> pending.addAll(root.children()));
        while (!pending.isEmpty()) {
            Fetch fetch = pending.remove(0);
            levels.computeIfAbsent(fetch.level(), level -> new ArrayList<>()).add(fetch);
            pending.addAll(fetch.children());
        }
        List<List<EntityBatch>> result = new ArrayList<>();
        for (List<Fetch> fetches : levels.values()) {
            Map<String, List<Fetch>> bySubgraph = new LinkedHashMap<>();
            for (Fetch fetch : fetches) {
                fetch.finish(AstPrinter.printAstCompact(InlineFragment.newInlineFragment()
                        .typeCondition(new TypeName(fetch.entityType())).selectionSet(fetch.selections.toAst()).build()));
                bySubgraph.computeIfAbsent(fetch.subgraph(), s -> new ArrayList<>()).add(fetch);
            }
            List<EntityBatch> batches = new ArrayList<>();
            bySubgraph.forEach((subgraph, group) -> batches.add(batch(operation, subgraph, group)));
            result.add(batches);
        }
        return result;
    }

    /** Fetches of one type share an {@code _entities} field only when they select the same; other types always can. */
    private EntityBatch batch(OperationDefinition operation, String subgraph, List<Fetch> fetches) {
        List<Map<String, String>> fieldSelections = new ArrayList<>();
        List<List<Fetch>> fieldFetches = new ArrayList<>();
        for (Fetch fetch : fetches) {
            int target = -1;
            for (int i = 0; i < fieldSelections.size() && target < 0; i++) {
                String existing = fieldSelections.get(i).get(fetch.entityType());
                if (existing == null || existing.equals(fetch.selectionText())) {
                    target = i;
                }
            }
            if (target < 0) {
                target = fieldSelections.size();
                fieldSelections.add(new LinkedHashMap<>());
                fieldFetches.add(new ArrayList<>());
            }
            fieldSelections.get(target).put(fetch.entityType(), fetch.selectionText());
            fieldFetches.get(target).add(fetch);
        }
        StringBuilder body = new StringBuilder();
        List<EntityBatch.EntitiesField> fields = new ArrayList<>();
        Set<String> variables = new java.util.LinkedHashSet<>();
        fetches.forEach(fetch -> variables.addAll(fetch.variables));
        StringBuilder declarations = new StringBuilder();
        for (int i = 0; i < fieldSelections.size(); i++) {
            String alias = "_cg_e" + i;
            String variable = "_cg_r" + i;
            declarations.append(declarations.isEmpty() ? "" : ",").append('$').append(variable).append(":[_Any!]!");
            body.append(' ').append(alias).append(":_entities(representations:$").append(variable).append("){")
                    .append(String.join(" ", fieldSelections.get(i).values())).append('}');
            fields.add(new EntityBatch.EntitiesField(alias, variable, fieldFetches.get(i)));
        }
        for (VariableDefinition definition : definitions(operation, variables)) {
            declarations.append(',').append(AstPrinter.printAstCompact(definition));
        }
        return new EntityBatch(subgraph, "query(" + declarations + "){" + body.substring(1) + "}", fields, variables);
    }

    private static List<VariableDefinition> definitions(OperationDefinition operation, Set<String> used) {
        return operation.getVariableDefinitions().stream().filter(definition -> used.contains(definition.getName())).toList();
    }

    /** The state of planning one operation. */
    private final class Planning {
        private final FieldCollector collector;
        /** Fields being planned, by subgraph, object and path: a route back to one of them goes in a circle. */
        private final Set<String> inProgress = new java.util.HashSet<>();
        /** Probed routes: whether a route plans a field from a subgraph does not depend on where it is asked. */
        private final Map<List<Object>, Probe> probed = new java.util.HashMap<>();
        private int circles;
        private int planned;

        Planning(Document document, Map<String, Object> variables) {
            this.collector = new FieldCollector(schema, document, variables);
        }

        Map<String, List<Field>> collect(GraphQLObjectType type, List<SelectionSet> sets) {
            return collector.collect(type, sets);
        }

        /**
         * The root fetch for a query field several subgraphs resolve: one already in the plan if possible, else a new
         * one, but only in a subgraph from which the whole selection can be planned (a shared field may reach some
         * types' fields from one subgraph only). Null when no candidate plans, so the caller reports why.
         */
        Fetch rootFetch(GraphQLObjectType rootType, String responseKey, List<Field> fields, List<String> owners, List<Fetch> roots) {
            List<Fetch> candidates = new ArrayList<>();
            roots.stream().filter(root -> owners.contains(root.subgraph())).forEach(candidates::add);
            owners.stream().filter(owner -> candidates.stream().noneMatch(root -> root.subgraph().equals(owner)))
                    .forEach(owner -> candidates.add(new Fetch(owner, 0, List.of(), null, null, null, Set.of())));
            if (candidates.size() == 1) {
                return registered(candidates.get(0), roots);
            }
            Fetch cheapest = null;
            int lowest = Integer.MAX_VALUE;
            for (Fetch candidate : candidates) {
                Fetch probe = new Fetch(candidate.subgraph(), 0, List.of(), null, null, null, Set.of());
                try {
                    field(probe, probe.subgraph(), rootType, responseKey, fields, probe.selections, List.of(), Map.of());
                    int cost = (roots.contains(candidate) ? 0 : 1000) + probe.entityFetchCost();
                    if (cost < lowest) {
                        cheapest = candidate;
                        lowest = cost;
                    }
                } catch (PlanningException unreachable) {
                    // try the next subgraph
                }
            }
            return cheapest == null ? null : registered(cheapest, roots);
        }

        private static Fetch registered(Fetch fetch, List<Fetch> roots) {
            if (!roots.contains(fetch)) {
                roots.add(fetch);
            }
            return fetch;
        }

        /**
         * Plans one field (all its occurrences under one response key) into {@code fetch} or into the entity fetches it
         * leads to, and returns the level after which its data is complete. {@code provided} holds the fields of
         * {@code parent} a {@code @provides} lets {@code subgraph} resolve here though it does not own them.
         */
        int field(Fetch fetch, String subgraph, GraphQLObjectType parent, String responseKey, List<Field> fields,
                Selections target, List<String> path, Map<String, List<Field>> provided) {
            if (++planned > MAX_PLANNED_FIELDS) {
                throw new PlanningException("the query expands to more than " + MAX_PLANNED_FIELDS
                        + " fields over the concrete types of its interfaces and unions; select fewer levels of them");
            }
            Field first = fields.get(0);
            if (first.getName().equals("__typename")) {
                target.leaf(responseKey, bare(first));
                return fetch.level();
            }
            TypePlacement placement = supergraph.placement(parent.getName());
            List<String> owners = placement.subgraphsResolving(first.getName());
            List<Field> providedHere = provided.get(first.getName());
            if (providedHere != null) {
                return resolved(fetch, subgraph, parent, responseKey, fields, target, path, providedHere);
            }
            if (owners.isEmpty()) {
                throw new PlanningException(parent.getName() + "." + first.getName() + " is resolved by no subgraph");
            }
            List<Route> routes = routes(subgraph, parent, placement, first.getName());
            if (routes.isEmpty()) {
                throw new PlanningException("cannot reach " + parent.getName() + "." + first.getName() + " from subgraph " + subgraph
                        + ": it is resolved by " + owners + ", and no @key of " + parent.getName() + " there has fields " + subgraph
                        + " resolves");
            }
            String position = subgraph + " " + parent.getName() + "." + responseKey + " at " + String.join(".", path);
            if (!inProgress.add(position)) {
                circles++;
                throw new PlanningException("cannot reach " + parent.getName() + "." + first.getName() + " from subgraph "
                        + subgraph + " but in a circle of entity fetches");
            }
            try {
                return routed(routes, new Planned(fetch, subgraph, parent, responseKey, fields, target, path, provided));
            } finally {
                inProgress.remove(position);
            }
        }

        /**
         * The ways to reach a field from {@code subgraph}: resolving it there, else an entity fetch to an owner by each
         * of its keys, keys {@code subgraph} resolves itself before keys whose fields need entity fetches of their own.
         */
        private List<Route> routes(String subgraph, GraphQLObjectType parent, TypePlacement placement, String field) {
            List<Route> routes = new ArrayList<>();
            List<Route> keysFromElsewhere = new ArrayList<>();
            List<String> owners = placement.subgraphsResolving(field);
            if (owners.contains(subgraph) && placement.requires(field, subgraph) == null) {
                routes.add(new Route(subgraph, null, null));
            }
            for (String owner : ordered(owners, subgraph)) {
                // an owner without the type resolves the field through an interface it sees as an @interfaceObject
                String entityType = placement.subgraphs().contains(owner) ? parent.getName() : interfaceObjectOf(parent, owner);
                for (SelectionSet key : entityType == null ? List.<SelectionSet>of() : supergraph.placement(entityType).keysIn(owner)) {
                    (providable(parent, key, subgraph) ? routes : keysFromElsewhere).add(new Route(owner, entityType, key));
                }
            }
            routes.addAll(keysFromElsewhere);
            return routes;
        }

        /**
         * Plans a field by the route that plans all of it with the fewest entity fetches. A field of an object type that
         * no single route completes (a value type whose fields live in several subgraphs, reached through different
         * parents' entity fetches) is split: each of its fields goes the cheapest route that reaches it.
         */
        private int routed(List<Route> routes, Planned field) {
            boolean leaf = !(fieldType(field.parent(), field.fields().get(0).getName()) instanceof GraphQLCompositeType);
            if (routes.size() == 1 || leaf && routes.get(0).local()) {
                return planned(routes.get(0), field);
            }
            Route cheapest = cheapest(routes, field);
            if (cheapest != null) {
                return planned(cheapest, field);
            }
            PlanningException refused = probe(routes.get(0), field).refused();
            PlanningException failure = refused != null ? refused : new PlanningException("cannot reach "
                    + field.parent().getName() + "." + field.fields().get(0).getName() + " from subgraph " + field.subgraph());
            if (!(fieldType(field.parent(), field.fields().get(0).getName()) instanceof GraphQLObjectType object)) {
                throw failure;
            }
            Map<String, List<Field>> subfields = collect(object, field.fields().stream().map(Field::getSelectionSet).toList());
            if (subfields.size() < 2) {
                throw failure;
            }
            Map<Planned, Route> parts = new LinkedHashMap<>();
            for (List<Field> selected : subfields.values()) {
                Field part = field.fields().get(0).transform(builder -> builder.selectionSet(SelectionSet.newSelectionSet(
                        new ArrayList<Selection>(selected)).build()));
                Planned partial = field.with(List.of(part));
                Route reaching = cheapest(routes, partial);
                if (reaching == null) {
                    throw failure;
                }
                parts.put(partial, reaching);
            }
            int ready = field.fetch().level();
            for (Map.Entry<Planned, Route> part : parts.entrySet()) {
                ready = Math.max(ready, planned(part.getValue(), part.getKey()));
            }
            return ready;
        }

        /** The route that plans the field with the fewest entity fetches, or null when none plans it. */
        private Route cheapest(List<Route> routes, Planned field) {
            Route cheapest = null;
            int lowest = Integer.MAX_VALUE;
            for (Route route : routes) {
                Probe probe = probe(route, field);
                if (probe.refused() == null && probe.cost() < lowest) {
                    cheapest = route;
                    lowest = probe.cost();
                }
                if (lowest == 0) {
                    break; // nothing is cheaper than no entity fetch at all
                }
            }
            return cheapest;
        }

        /** Whether the route plans the field and with how many entity fetches; planned into scratch copies, and remembered. */
        private Probe probe(Route route, Planned field) {
            List<Object> memoKey = List.of(route, field.subgraph(), field.parent().getName(), field.fields(), field.provided());
            Probe known = probed.get(memoKey);
            if (known != null) {
                return known;
            }
            int circlesBefore = circles;
            Planned scratch = field.scratch();
            Probe probe;
            try {
                planned(route, scratch);
                probe = new Probe(null, scratch.fetch().entityFetchCost());
            } catch (PlanningException refused) {
                probe = new Probe(refused, Integer.MAX_VALUE);
            }
            if (circles == circlesBefore) { // a refusal because of a circle holds only where that circle was
                probed.put(memoKey, probe);
            }
            return probe;
        }

        private int planned(Route route, Planned field) {
            if (route.local()) {
                return resolved(field.fetch(), field.subgraph(), field.parent(), field.responseKey(), field.fields(), field.target(),
                        field.path(), null);
            }
            Fetch fetch = field.fetch();
            Selections target = field.target();
            GraphQLObjectType parent = field.parent();
            String name = field.fields().get(0).getName();
            SelectionSet required = argumentsAliased(supergraph.placement(parent.getName()).requires(name, route.owner()));
            Set<String> accepts = Set.of(parent.getName());
            target.typename();
            boolean keyHere = providable(parent, route.key(), field.subgraph());
            if (keyHere) {
                for (Field keyField : route.key().getSelectionsOfType(Field.class)) {
                    target.leaf(Fetch.KEY_ALIAS_PREFIX + keyField.getName(),
                            keyField.transform(builder -> builder.alias(Fetch.KEY_ALIAS_PREFIX + keyField.getName())));
                }
                if (required == null) {
                    Fetch entity = fetch.entityChild(route.owner(), field.path(), route.entityType(), route.key(), null, fetch.level(), accepts);
                    return field(entity, route.owner(), parent, field.responseKey(), field.fields(), entity.selections, field.path(), Map.of());
                }
            }
            // key fields from other subgraphs and required fields are fetched first, under their own names
            int ready = fetch.level();
            List<SelectionSet> needed = new ArrayList<>();
            if (!keyHere) {
                needed.add(route.key());
            }
            if (required != null) {
                needed.add(required);
            }
            for (Map.Entry<String, List<Field>> entry : collect(parent, needed).entrySet()) {
                ready = Math.max(ready, field(fetch, field.subgraph(), parent, entry.getKey(), entry.getValue(), target, field.path(),
                        field.provided()));
            }
            Fetch entity = keyHere
                    ? fetch.entityChild(route.owner(), field.path(), route.entityType(), route.key(), required, ready, accepts)
                    : fetch.entityChildByFetchedKey(route.owner(), field.path(), route.entityType(), route.key(), required, ready, accepts);
            return required == null
                    ? field(entity, route.owner(), parent, field.responseKey(), field.fields(), entity.selections, field.path(), Map.of())
                    : resolved(entity, route.owner(), parent, field.responseKey(), field.fields(), entity.selections, field.path(), null);
        }

        /**
         * A root field several subgraphs resolve, returning an object type without a key (no entity fetch can complete
         * it): its fields are split over those subgraphs, each asked for the root field with the fields it resolves,
         * and the answers are merged. Null when the field needs no split.
         */
        Map<String, Field> sharedRootParts(GraphQLObjectType rootType, List<Field> fields, List<String> owners) {
            GraphQLType type = GraphQLTypeUtil.unwrapAll(rootType.getFieldDefinition(fields.get(0).getName()).getType());
            if (!(type instanceof GraphQLObjectType object) || !supergraph.placement(object.getName()).keys().isEmpty()) {
                return null;
            }
            TypePlacement placement = supergraph.placement(object.getName());
            Map<String, List<Selection>> byOwner = new LinkedHashMap<>();
            collect(object, fields.stream().map(Field::getSelectionSet).toList()).forEach((key, selected) -> {
                List<String> resolving = placement.subgraphsResolving(selected.get(0).getName());
                String owner = owners.stream().filter(resolving::contains).findFirst().orElse(owners.get(0));
                byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).addAll(selected);
            });
            if (byOwner.size() < 2) {
                return null;
            }
            Map<String, Field> parts = new LinkedHashMap<>();
            byOwner.forEach((owner, selections) -> parts.put(owner,
                    fields.get(0).transform(builder -> builder.selectionSet(SelectionSet.newSelectionSet(selections).build()))));
            return parts;
        }

        /** The interface of {@code type} that {@code subgraph} sees as an {@code @interfaceObject}, or null. */
        private String interfaceObjectOf(GraphQLObjectType type, String subgraph) {
            return type.getInterfaces().stream().map(GraphQLNamedType::getName)
                    .filter(name -> supergraph.placement(name).interfaceObjectIn().contains(subgraph)).findFirst().orElse(null);
        }

        /** The field as {@code subgraph} resolves it in {@code fetch}, and its selection below. */
        private int resolved(Fetch fetch, String subgraph, GraphQLObjectType parent, String responseKey, List<Field> fields,
                Selections target, List<String> path, List<Field> providedHere) {
            Field first = fields.get(0);
            usedVariables(first, fetch);
            String sentKey = shapeAliased(parent, first.getName(), subgraph, responseKey, target);
            Field sent = sentKey.equals(responseKey) ? bare(first) : bare(first).transform(builder -> builder.alias(sentKey));
            GraphQLType type = fieldType(parent, first.getName());
            if (!(type instanceof GraphQLCompositeType composite)) {
                target.leaf(sentKey, sent);
                return fetch.level();
            }
            List<SelectionSet> provides = new ArrayList<>();
            if (providedHere != null) {
                providedHere.stream().map(Field::getSelectionSet).filter(java.util.Objects::nonNull).forEach(provides::add);
            }
            SelectionSet own = supergraph.placement(parent.getName()).provides(first.getName(), subgraph);
            if (own != null) {
                provides.add(own);
            }
            String typeThere = supergraph.placement(parent.getName()).fieldTypeIn(first.getName(), subgraph);
            if (typeThere != null && !typeThere.equals(composite.getName()) && schema.getType(typeThere) instanceof GraphQLObjectType object) {
                composite = object; // in this subgraph the field returns one member of the union or interface only
            }
            List<SelectionSet> sets = fields.stream().map(Field::getSelectionSet).toList();
            Selections below = target.composite(sentKey, sent);
            if (composite != fieldType(parent, first.getName())) {
                below.typename(); // the client's union or interface resolves by it
            }
            return composite(fetch, subgraph, composite, sets, below, append(path, responseKey), provides);
        }

        /**
         * The key under which the field is sent: its response key, or, in the selection of one type of a union or
         * interface where the subgraph gives the field another type than the supergraph (say {@code ID!} for
         * {@code ID}), an alias naming that type, so that siblings of other types with the same response key do not
         * conflict in the subgraph's validation.
         */
        private String shapeAliased(GraphQLObjectType parent, String field, String subgraph, String responseKey, Selections target) {
            String shape = target.typed() ? supergraph.placement(parent.getName()).shapeIn(field, subgraph) : null;
            return shape == null ? responseKey : Fetch.SHAPE_ALIAS_PREFIX + Integer.toHexString(shape.hashCode()) + "_" + responseKey;
        }

        private GraphQLType fieldType(GraphQLObjectType parent, String name) {
            GraphQLFieldDefinition definition = parent.getFieldDefinition(name);
            if (definition != null) {
                return GraphQLTypeUtil.unwrapAll(definition.getType());
            }
            String typeName = supergraph.placement(parent.getName()).fieldType(name); // @inaccessible: not in the API schema
            GraphQLType type = typeName == null ? null : schema.getType(typeName);
            return type != null ? type : graphql.Scalars.GraphQLString;
        }

        /** Owners to try, the subgraph already fetching the parent first (no hop needed for its other fields). */
        private List<String> ordered(List<String> owners, String subgraph) {
            if (!owners.contains(subgraph)) {
                return owners;
            }
            List<String> ordered = new ArrayList<>(owners);
            ordered.remove(subgraph);
            ordered.add(0, subgraph);
            return ordered;
        }

        /** Whether {@code subgraph} resolves all the fields of a key of {@code type}, nested ones included. */
        private boolean providable(GraphQLNamedType type, SelectionSet key, String subgraph) {
            TypePlacement placement = supergraph.placement(type.getName());
            for (Selection<?> selection : key.getSelections()) {
                if (!(selection instanceof Field field) || !placement.subgraphsResolving(field.getName()).contains(subgraph)) {
                    return false;
                }
                if (field.getSelectionSet() != null) {
                    String typeName = placement.fieldType(field.getName());
                    GraphQLType fieldType = typeName != null ? schema.getType(typeName)
                            : type instanceof GraphQLObjectType object ? fieldType(object, field.getName()) : null;
                    if (!(fieldType instanceof GraphQLNamedType named) || !providable(named, field.getSelectionSet(), subgraph)) {
                        return false;
                    }
                }
            }
            return true;
        }

        int composite(Fetch fetch, String subgraph, GraphQLCompositeType type, List<SelectionSet> sets, Selections target,
                List<String> path, List<SelectionSet> provides) {
            int ready = fetch.level();
            if (type instanceof GraphQLObjectType object) {
                Map<String, List<Field>> provided = provides.isEmpty() ? Map.of() : collect(object, provides);
                for (Map.Entry<String, List<Field>> entry : collect(object, sets).entrySet()) {
                    ready = Math.max(ready, field(fetch, subgraph, object, entry.getKey(), entry.getValue(), target, path, provided));
                }
                return ready;
            }
            target.typename();
            TypePlacement abstractPlacement = supergraph.placement(type.getName());
            if (abstractPlacement.interfaceObjectIn().contains(subgraph)) {
                return concreteTypes(fetch, subgraph, (GraphQLInterfaceType) type, sets, target, path);
            }
            for (GraphQLObjectType possible : possibleTypes(type)) {
                boolean defined = supergraph.placement(possible.getName()).subgraphs().contains(subgraph);
                if (!defined || !abstractPlacement.hasMember(subgraph, possible.getName(), true)) {
                    continue; // the subgraph cannot return objects of a type it does not know here (nor accept the fragment)
                }
                Map<String, List<Field>> fields = collect(possible, sets);
                Map<String, List<Field>> provided = provides.isEmpty() ? Map.of() : collect(possible, provides);
                Selections fragment = target.fragment(possible.getName());
                List<String> typedPath = append(path, Fetch.TYPE_STEP + possible.getName());
                for (Map.Entry<String, List<Field>> entry : fields.entrySet()) {
                    ready = Math.max(ready, field(fetch, subgraph, possible, entry.getKey(), entry.getValue(), fragment, typedPath, provided));
                }
            }
            return ready;
        }

        /**
         * {@code subgraph} sees the interface as an object type and cannot tell the concrete types: the whole selection is
         * planned in an entity fetch to a subgraph that has the interface itself, by its key, which answers with them.
         */
        private int concreteTypes(Fetch fetch, String subgraph, GraphQLInterfaceType type, List<SelectionSet> sets,
                Selections target, List<String> path) {
            TypePlacement placement = supergraph.placement(type.getName());
            for (String owner : placement.subgraphs()) {
                if (placement.interfaceObjectIn().contains(owner)) {
                    continue;
                }
                for (SelectionSet key : placement.keysIn(owner)) {
                    if (providable(type, key, subgraph)) {
                        for (Field keyField : key.getSelectionsOfType(Field.class)) {
                            target.leaf(Fetch.KEY_ALIAS_PREFIX + keyField.getName(),
                                    keyField.transform(builder -> builder.alias(Fetch.KEY_ALIAS_PREFIX + keyField.getName())));
                        }
                        Set<String> accepts = new java.util.HashSet<>();
                        accepts.add(type.getName());
                        possibleTypes(type).forEach(possible -> accepts.add(possible.getName()));
                        Fetch entity = fetch.entityChild(owner, path, type.getName(), key, null, fetch.level(), Set.copyOf(accepts));
                        return composite(entity, owner, type, sets, entity.selections, path, List.of());
                    }
                }
            }
            throw new PlanningException("cannot tell the concrete types of " + type.getName() + " returned by subgraph " + subgraph
                    + ": no subgraph that has the interface itself resolves it by a key " + subgraph + " knows");
        }

        private List<GraphQLObjectType> possibleTypes(GraphQLCompositeType type) {
            if (type instanceof GraphQLUnionType union) {
                return union.getTypes().stream().map(GraphQLObjectType.class::cast).toList();
            }
            return schema.getImplementations((GraphQLInterfaceType) type);
        }

        private void usedVariables(Field field, Fetch fetch) {
            field.getArguments().forEach(argument -> variablesIn(argument.getValue(), fetch));
        }

        private void variablesIn(Value<?> value, Fetch fetch) {
            if (value instanceof VariableReference reference) {
                fetch.variables.add(reference.getName());
            } else if (value instanceof ArrayValue array) {
                array.getValues().forEach(item -> variablesIn(item, fetch));
            } else if (value instanceof ObjectValue object) {
                object.getObjectFields().stream().map(ObjectField::getValue).forEach(item -> variablesIn(item, fetch));
            }
        }
    }

    /** A way to a field: resolved where its parent is ({@code key} null), or by an entity fetch to {@code owner}. */
    private record Route(String owner, String entityType, SelectionSet key) {
        boolean local() {
            return key == null;
        }
    }

    /** What probing a route found: why it cannot plan a field (null if it can), and the entity fetches it takes. */
    private record Probe(PlanningException refused, int cost) {
    }

    /** A field to plan, with where it is planned from: the fetch and subgraph of its parent, and the selection to fill. */
    private record Planned(Fetch fetch, String subgraph, GraphQLObjectType parent, String responseKey, List<Field> fields,
            Selections target, List<String> path, Map<String, List<Field>> provided) {

        Planned with(List<Field> narrower) {
            return new Planned(fetch, subgraph, parent, responseKey, narrower, target, path, provided);
        }

        /** The same field planned into copies, to find out whether it can be planned this way. */
        Planned scratch() {
            return new Planned(fetch.scratch(), subgraph, parent, responseKey, fields, target.scratch(), path, provided);
        }
    }

    /**
     * The fields of a {@code @requires} with each field that has arguments under an alias naming them: the same field
     * may be required with other arguments, or selected by the client with other arguments, on the same object.
     */
    private static SelectionSet argumentsAliased(SelectionSet set) {
        if (set == null) {
            return null;
        }
        List<Selection> aliased = new ArrayList<>();
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                String arguments = field.getArguments().stream().map(AstPrinter::printAstCompact)
                        .collect(java.util.stream.Collectors.joining(","));
                aliased.add(field.transform(builder -> {
                    if (!arguments.isEmpty()) {
                        builder.alias(Fetch.REQUIRED_ALIAS_PREFIX + field.getName() + "_" + Integer.toHexString(arguments.hashCode()));
                    }
                    builder.selectionSet(argumentsAliased(field.getSelectionSet()));
                }));
            } else if (selection instanceof InlineFragment fragment) {
                aliased.add(fragment.transform(builder -> builder.selectionSet(argumentsAliased(fragment.getSelectionSet()))));
            } else {
                aliased.add(selection);
            }
        }
        return SelectionSet.newSelectionSet(aliased).build();
    }

    /** The field as sent to a subgraph: name, alias and arguments; directives were already applied by the planner. */
    private static Field bare(Field field) {
        return Field.newField(field.getName()).alias(field.getAlias()).arguments(field.getArguments()).build();
    }

    private static List<String> append(List<String> path, String key) {
        List<String> longer = new ArrayList<>(path);
        longer.add(key);
        return longer;
    }

}
