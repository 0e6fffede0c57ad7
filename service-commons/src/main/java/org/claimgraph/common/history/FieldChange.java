package org.claimgraph.common.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.smallrye.graphql.api.federation.Shareable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A field's value before and after a change; shareable because every subgraph keeps the history of its records the
 * same way. Stored as JSON, {@code {"field": [before, after]}}, in the history tables of both services.
 */
@Type("FieldChange")
@Shareable
@Description("A field's value before and after a change, as text (null when empty).")
public class FieldChange {

    @NonNull
    public String field;
    public String before;
    public String after;

    public FieldChange() {
    }

    public FieldChange(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    /** The changes as stored: {@code {"field": [before, after]}}, in the order given. */
    public static String toJson(Map<String, String[]> changes) {
        JsonObject json = new JsonObject();
        changes.forEach((field, values) -> json.put(field, new JsonArray().add(values[0]).add(values[1])));
        return json.encode();
    }

    /** The changes read back from their stored JSON. */
    public static List<FieldChange> fromJson(String stored) {
        JsonObject json = new JsonObject(stored);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : json.fieldNames()) {
            JsonArray values = json.getJsonArray(field);
            changes.add(new FieldChange(field, values.getString(0), values.getString(1)));
        }
        return changes;
    }
}
