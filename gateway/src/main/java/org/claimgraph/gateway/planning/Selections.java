package org.claimgraph.gateway.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;

/** A selection being built for one subgraph request: fields by response key, and per-type fragments for abstract types. */
final class Selections {

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Selections> children = new LinkedHashMap<>();
    private final Map<String, Selections> fragments = new LinkedHashMap<>();
    private final boolean typed;

    Selections() {
        this(false);
    }

    private Selections(boolean typed) {
        this.typed = typed;
    }

    /**
     * Whether this is the selection of one concrete type within a union or interface: there, fields of the same
     * response key on sibling types must have the same shape, or the subgraph refuses the query.
     */
    boolean typed() {
        return typed;
    }

    /** Adds a leaf field (again: the same response key is one field). */
    void leaf(String responseKey, Field field) {
        fields.putIfAbsent(responseKey, field);
    }

    /** Adds a field with a sub-selection and returns the sub-selection to fill. */
    Selections composite(String responseKey, Field field) {
        fields.putIfAbsent(responseKey, field);
        return children.computeIfAbsent(responseKey, key -> new Selections());
    }

    /** An empty selection of the same kind, to plan into when finding out whether a way of planning works. */
    Selections scratch() {
        return new Selections(typed);
    }

    Selections fragment(String typeCondition) {
        return fragments.computeIfAbsent(typeCondition, type -> new Selections(true));
    }

    void typename() {
        leaf("__typename", Field.newField("__typename").build());
    }

    /** The fields selected, at all depths. */
    int fieldCount() {
        return fields.size() + children.values().stream().mapToInt(Selections::fieldCount).sum()
                + fragments.values().stream().mapToInt(Selections::fieldCount).sum();
    }

    boolean isEmpty() {
        return fields.isEmpty() && fragments.values().stream().allMatch(Selections::isEmpty);
    }

    SelectionSet toAst() {
        List<Selection> selections = new ArrayList<>();
        fields.forEach((key, field) -> {
            Selections child = children.get(key);
            if (child != null && child.isEmpty()) {
                child.typename(); // everything below was skipped: a selection set may not be empty
            }
            selections.add(child == null ? field : field.transform(builder -> builder.selectionSet(child.toAst())));
        });
        fragments.forEach((type, fragment) -> {
            if (!fragment.isEmpty()) {
                selections.add(InlineFragment.newInlineFragment().typeCondition(new TypeName(type))
                        .selectionSet(fragment.toAst()).build());
            }
        });
        return SelectionSet.newSelectionSet(selections).build();
    }
}
