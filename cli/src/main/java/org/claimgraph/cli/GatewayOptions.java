package org.claimgraph.cli;

import java.time.Duration;

import picocli.CommandLine.Option;

/** Where the gateway is and how to authenticate, shared by the commands. */
final class GatewayOptions {

    @Option(names = "--url", paramLabel = "GATEWAY", description = "The gateway (default: $CLAIMGRAPH_URL, else http://localhost:8080).")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token for mutations (default: $CLAIMGRAPH_TOKEN).")
    String token;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Per request (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    GatewayClient client() {
        String gateway = url != null ? url : System.getenv().getOrDefault("CLAIMGRAPH_URL", "http://localhost:8080");
        String bearer = token != null ? token : System.getenv("CLAIMGRAPH_TOKEN");
        return new GatewayClient(gateway, bearer, Duration.ofSeconds(timeoutSeconds));
    }
}
