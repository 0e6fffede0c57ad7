package org.claimgraph.localstack.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Apollo's federation tooling in {@code tools/federation} (Node), installed on first use. */
public final class FederationTools {

    /** {@code npm ci} from the registry: minutes on a slow network, but a registry that never answers must not hang the build. */
    private static final int INSTALL_MINUTES = 15;
    /** One composition takes seconds. */
    private static final int COMPOSE_MINUTES = 5;

    private FederationTools() {
    }

    /** The tools folder, after {@code npm ci} if its packages are missing. */
    public static Path installed(Path root) throws IOException, InterruptedException {
        Path tools = root.resolve("tools/federation");
        if (!Files.isDirectory(tools.resolve("node_modules/@apollo/gateway"))) {
            Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(tools.toFile()).inheritIO().start();
            if (exitValue(install, INSTALL_MINUTES, "npm ci in " + tools) != 0) {
                throw new IllegalStateException("npm ci in " + tools + " failed");
            }
        }
        return tools;
    }

    /** Composes subgraph SDL files (name to file) with {@code @apollo/composition} into a supergraph file. */
    public static Path composeSupergraph(Path root, Map<String, Path> subgraphs, Path out) throws IOException, InterruptedException {
        Path tools = installed(root);
        List<String> command = new ArrayList<>(List.of("node", "compose.mjs", "--out", out.toAbsolutePath().toString()));
        subgraphs.forEach((name, sdl) -> command.add(name + "=" + sdl.toAbsolutePath()));
        Process compose = new ProcessBuilder(command).directory(tools.toFile()).inheritIO().start();
        if (exitValue(compose, COMPOSE_MINUTES, "Apollo's composer") != 0) {
            throw new IllegalStateException("Apollo's composer refused the subgraphs (see the output above)");
        }
        return out;
    }

    /** The exit value of {@code process}, killed and reported as such when it runs longer than {@code minutes}. */
    private static int exitValue(Process process, int minutes, String what) throws InterruptedException {
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(what + " did not finish within " + minutes + " min and was stopped");
        }
        return process.exitValue();
    }
}
