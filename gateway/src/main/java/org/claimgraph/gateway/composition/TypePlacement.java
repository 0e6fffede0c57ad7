package org.claimgraph.gateway.composition;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.SelectionSet;

/**
 * Where one type of the supergraph lives: which subgraphs define it, which subgraphs resolve each of its fields, and
 * the {@code @key}s each subgraph can resolve the type by (its entry points for {@code _entities}).
 *
 * @param subgraphs the subgraphs that define the type, in configuration order
 * @param fieldSubgraphs for each field, the subgraphs that can resolve it, in configuration order
 * @param keys for each subgraph, the resolvable keys it declares, each a parsed field set
 * @param fields what a field needs ({@code @requires}) or brings along ({@code @provides}) per subgraph, and its type
 * @param members for a union or an interface, the object types each subgraph knows as its members (absent: all the
 *        subgraph defines)
 * @param interfaceObjectIn for an interface, the subgraphs that see it as an object type ({@code @interfaceObject}):
 *        they resolve its fields for every implementation, by representations of the interface itself
 */
public record TypePlacement(String name, Set<String> subgraphs, Map<String, List<String>> fieldSubgraphs,
        Map<String, List<SelectionSet>> keys, Map<String, FieldPlacement> fields, Map<String, Set<String>> members,
        Set<String> interfaceObjectIn) {

    public TypePlacement(String name, Set<String> subgraphs, Map<String, List<String>> fieldSubgraphs,
            Map<String, List<SelectionSet>> keys) {
        this(name, subgraphs, fieldSubgraphs, keys, Map.of(), Map.of(), Set.of());
    }

    /**
     * One field's federation details.
     *
     * @param typeName the field's named type (also for {@code @inaccessible} fields, which the API schema lacks)
     * @param requires per subgraph, the fields of the parent that subgraph needs in the representation
     * @param provides per subgraph, the fields of the returned object that subgraph resolves there
     * @param typeIn per subgraph, the named type the field has there where it differs (an object type where the
     *        supergraph has a union or interface of it)
     * @param shapeIn per subgraph, the field's whole type there (nullability and lists included) where it differs from
     *        the supergraph's
     */
    public record FieldPlacement(String typeName, Map<String, SelectionSet> requires, Map<String, SelectionSet> provides,
            Map<String, String> typeIn, Map<String, String> shapeIn) {

        public FieldPlacement(String typeName, Map<String, SelectionSet> requires, Map<String, SelectionSet> provides,
                Map<String, String> typeIn) {
            this(typeName, requires, provides, typeIn, Map.of());
        }
    }

    /** The whole type {@code field} has in {@code subgraph} where it differs from the supergraph's, or null. */
    public String shapeIn(String field, String subgraph) {
        FieldPlacement placement = fields.get(field);
        return placement == null ? null : placement.shapeIn().get(subgraph);
    }

    /** The named type {@code field} has in {@code subgraph}. */
    public String fieldTypeIn(String field, String subgraph) {
        FieldPlacement placement = fields.get(field);
        return placement == null ? null : placement.typeIn().getOrDefault(subgraph, placement.typeName());
    }

    public List<String> subgraphsResolving(String field) {
        return fieldSubgraphs.getOrDefault(field, List.of());
    }

    public List<SelectionSet> keysIn(String subgraph) {
        return keys.getOrDefault(subgraph, List.of());
    }

    /** The fields {@code subgraph} needs in representations to resolve {@code field}, or null. */
    public SelectionSet requires(String field, String subgraph) {
        FieldPlacement placement = fields.get(field);
        return placement == null ? null : placement.requires().get(subgraph);
    }

    /** The fields of what {@code field} returns that {@code subgraph} resolves along with it, or null. */
    public SelectionSet provides(String field, String subgraph) {
        FieldPlacement placement = fields.get(field);
        return placement == null ? null : placement.provides().get(subgraph);
    }

    /** The named type of {@code field}, or null when only the API schema knows it. */
    public String fieldType(String field) {
        FieldPlacement placement = fields.get(field);
        return placement == null ? null : placement.typeName();
    }

    /** Whether {@code subgraph} knows {@code objectType} as a member of this abstract type. */
    public boolean hasMember(String subgraph, String objectType, boolean otherwise) {
        Set<String> known = members.get(subgraph);
        return known == null ? otherwise : known.contains(objectType);
    }
}
