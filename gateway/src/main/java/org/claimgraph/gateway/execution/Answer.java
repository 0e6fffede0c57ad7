package org.claimgraph.gateway.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A GraphQL response, in the form it was made in: the JSON {@link ResponseShape} wrote (an error-free query, the
 * common case, sent as it is), or the map graphql-java's execution produced (errors, mutations, introspection).
 */
public final class Answer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final byte[] json;
    private final Map<String, Object> response;

    private Answer(byte[] json, Map<String, Object> response) {
        this.json = json;
        this.response = response;
    }

    static Answer shaped(byte[] json) {
        return new Answer(json, null);
    }

    static Answer of(Map<String, Object> response) {
        return new Answer(null, response);
    }

    /** The response's JSON when it was shaped, with data and no errors; null when it is a map ({@link #response}). */
    public byte[] json() {
        return json;
    }

    /** The response as a map (read back from its JSON when it was shaped). */
    public Map<String, Object> response() {
        if (response != null) {
            return response;
        }
        try {
            return JSON.readValue(json, JSON_OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException("a shaped response does not read back", e);
        }
    }
}
