package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {

    StubGateway gateway;
    final List<String> asked = new CopyOnWriteArrayList<>();

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws Exception {
        gateway = StubGateway.serving(Map.of("/export/", exchange -> {
            asked.add(exchange.getRequestURI().toString());
            boolean bad = exchange.getRequestURI().getQuery() != null && exchange.getRequestURI().getQuery().contains("category=SOMETHING");
            StubGateway.answer(exchange, bad ? 400 : 200, null,
                    bad ? "{\"errors\":[{\"message\":\"category: unknown value SOMETHING\"}]}" : "id,best\n1,46000\n");
        }));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void streamsTheExportToAFileWithTheFilter() throws Exception {
        Path out = folder.resolve("claims.csv");
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new Claimgraph());
        line.setErr(new PrintWriter(err));
        int exit = line.execute("export", "--subject", "Ukraine", "--category", "KILLED", "--search", "soldiers killed", "-o", out.toString(),
                "--url", gateway.url());
        assertEquals(0, exit);
        assertEquals("id,best\n1,46000\n", Files.readString(out));
        assertEquals("/export/claims.csv?subject=Ukraine&category=KILLED&search=soldiers+killed", asked.get(0));

        int refused = new CommandLine(new Claimgraph()).execute("export", "--format", "jsonld", "--category", "SOMETHING", "--url",
                gateway.url());
        assertEquals(1, refused);
        assertTrue(asked.get(1).startsWith("/export/claims.jsonld?"), asked.get(1));
    }

    @Test
    void orderByHelpListsEveryOrderTheApiAccepts() throws Exception {
        String api = Files.readString(Path.of("../gateway/schema/api-schema.graphql"));
        String orders = api.substring(api.indexOf("enum ClaimOrder {"), api.indexOf("}", api.indexOf("enum ClaimOrder {")));
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new Claimgraph());
        line.setOut(new PrintWriter(out));
        assertEquals(0, line.execute("export", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        List<String> values = ClaimOrders.values();
        for (String order : values) {
            assertTrue(orders.contains("  " + order + "\n"), order + " is a value of the API's ClaimOrder");
        }
        assertTrue(values.containsAll(List.of("RECORDED", "CONFIDENCE_ASC", "CONFIDENCE_DESC")), values.toString());
        assertTrue(help.contains("One of: " + String.join(", ", values) + "."), help);
    }
}
