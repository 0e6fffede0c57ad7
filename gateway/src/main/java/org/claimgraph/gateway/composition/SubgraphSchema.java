package org.claimgraph.gateway.composition;

import java.net.URI;

/** One subgraph as composition sees it: its name, where it is served and the SDL it reports in {@code _service { sdl }}. */
public record SubgraphSchema(String name, URI url, String sdl) {
}
