package org.claimgraph.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Streams the claims matching a filter as CSV or schema.org JSON-LD (the gateway's /export/claims.csv and .jsonld).")
final class ExportCommand implements Callable<Integer> {

    enum Format { csv, jsonld }

    @Option(names = {"-f", "--format"}, defaultValue = "csv", description = "csv or jsonld (default: ${DEFAULT-VALUE}).")
    Format format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;
    @Option(names = "--subject") String subject;
    @Option(names = "--category", description = "KILLED, WOUNDED, MISSING, CAPTURED, CASUALTIES") String category;
    @Option(names = "--population", description = "MILITARY, CIVILIAN, ...") String population;
    @Option(names = "--claimant-id") String claimantId;
    @Option(names = "--document-id") String documentId;
    @Option(names = "--outlet-id") String outletId;
    @Option(names = "--from", paramLabel = "DATE") String from;
    @Option(names = "--to", paramLabel = "DATE") String to;
    @Option(names = "--search") String search;
    @Option(names = "--order-by", completionCandidates = ClaimOrders.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    String orderBy;
    @Option(names = "--limit") Integer limit;

    @Mixin
    GatewayOptions gateway;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("subject", subject);
        parameters.put("category", category);
        parameters.put("population", population);
        parameters.put("claimantId", claimantId);
        parameters.put("documentId", documentId);
        parameters.put("outletId", outletId);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("search", search);
        parameters.put("orderBy", orderBy);
        parameters.put("limit", limit);
        StringBuilder query = new StringBuilder("export/claims." + format);
        char separator = '?';
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            if (parameter.getValue() != null) {
                query.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(parameter.getValue().toString(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        GatewayClient client = gateway.client();
        HttpResponse<InputStream> response;
        try {
            response = client.get(query.toString());
        } catch (java.io.IOException unreachable) {
            System.err.println("claimgraph export: gateway " + client.base() + " unreachable: " + unreachable.getMessage());
            return 1;
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                String message = text;
                try {
                    JsonNode errors = GatewayClient.JSON.readTree(text).path("errors");
                    if (errors.isArray() && errors.size() > 0) {
                        message = errors.get(0).path("message").asText(text);
                    }
                } catch (Exception notJson) {
                    // shown as it came
                }
                System.err.println("claimgraph export: HTTP " + response.statusCode() + ": " + message.strip());
                return 1;
            }
            if (output == null) {
                body.transferTo(System.out);
                System.out.flush();
            } else {
                try (OutputStream out = Files.newOutputStream(output)) {
                    long bytes = body.transferTo(out);
                    System.err.println("claimgraph export: wrote " + bytes + " bytes to " + output);
                }
            }
        }
        return 0;
    }
}
