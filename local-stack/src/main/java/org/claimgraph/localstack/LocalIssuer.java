package org.claimgraph.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The run command's token issuer: the signing key kept in {@link #directory()} (generated on first start), and fresh
 * editor and admin tokens written beside it at every start for curl, GraphiQL and the seed loader.
 */
public final class LocalIssuer {

    private static final Duration TOKEN_LIFETIME = Duration.ofDays(30);

    private final SigningKey key;
    private final Path directory;
    private final String editorToken;

    private LocalIssuer(Path directory) throws IOException {
        this.directory = directory;
        this.key = SigningKey.loadOrCreate(directory);
        this.editorToken = key.mint("local-editor", TOKEN_LIFETIME, "editor");
        write(editorTokenFile(), editorToken);
        write(adminTokenFile(), key.mint("local-admin", TOKEN_LIFETIME, "admin"));
    }

    /** The issuer in {@code -Dclaimgraph.local.auth-dir}, by default {@code ~/.claimgraph/auth}. */
    public static LocalIssuer start() throws IOException {
        return new LocalIssuer(directory());
    }

    public static Path directory() {
        String configured = System.getProperty("claimgraph.local.auth-dir");
        return (configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".claimgraph", "auth")).toAbsolutePath();
    }

    public Path editorTokenFile() {
        return directory.resolve("editor.token");
    }

    public Path adminTokenFile() {
        return directory.resolve("admin.token");
    }

    /** The {@code Authorization} header of the editor token. */
    public String editorAuthorization() {
        return "Bearer " + editorToken;
    }

    /** What every service of the run command gets: trust in this key, and introspection and GraphiQL for local use. */
    public Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(key.environment());
        environment.put("GRAPHQL_INTROSPECTION", "true");
        environment.put("GRAPHQL_UI", "true");
        return environment;
    }

    private static void write(Path file, String token) throws IOException {
        Files.writeString(file, token + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no owner-only permissions; the file is still in the user's directory
        }
    }
}
