package org.claimgraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders every overlay with {@code kubectl kustomize} and checks the result as Kubernetes objects against the
 * services themselves: ports and probe paths against their configuration, every referenced ConfigMap or Secret key
 * defined, resources set, the network reachable only as intended.
 */
class RenderedManifestsTest {

    private static final List<String> SERVICES = List.of("sources-service", "claims-service", "gateway");

    @ParameterizedTest
    @ValueSource(strings = {"jvm", "native", "dev", "production"})
    void overlayRendersToConsistentObjects(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);

        Map<String, Deployment> deployments = byName(objects, Deployment.class);
        assertThat(deployments.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (Deployment deployment : deployments.values()) {
            checkDeployment(overlay, deployment, objects);
        }
        checkReferences(objects);
        checkNetwork(objects);
        for (Container container : containers(objects)) {
            assertThat(container.getResources().getRequests()).as(container.getName() + " requests").containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(container.getName() + " limits").containsKey("memory");
        }
        if (overlay.equals("dev")) {
            assertThat(deployments.values()).allSatisfy(deployment -> assertThat(deployment.getSpec().getReplicas()).isEqualTo(1));
            assertThat(byName(objects, HorizontalPodAutoscaler.class)).isEmpty();
            assertThat(byName(objects, PodDisruptionBudget.class)).isEmpty();
            StatefulSet postgres = byName(objects, StatefulSet.class).get("claimgraph-db");
            assertThat(postgres.getSpec().getVolumeClaimTemplates()).hasSize(1);
            assertThat(byName(objects, Service.class)).containsKey("claimgraph-db");
        } else {
            Map<String, HorizontalPodAutoscaler> autoscalers = byName(objects, HorizontalPodAutoscaler.class);
            Map<String, PodDisruptionBudget> budgets = byName(objects, PodDisruptionBudget.class);
            for (String service : SERVICES) {
                assertThat(autoscalers.get(service).getSpec().getScaleTargetRef().getName()).isEqualTo(service);
                assertThat(budgets.get(service).getSpec().getSelector().getMatchLabels())
                        .isEqualTo(deployments.get(service).getSpec().getTemplate().getMetadata().getLabels().entrySet().stream()
                                .filter(label -> label.getKey().equals("app.kubernetes.io/name"))
                                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            }
        }
        if (overlay.equals("production")) {
            GenericKubernetesResource cluster = objects.stream().filter(GenericKubernetesResource.class::isInstance)
                    .map(GenericKubernetesResource.class::cast).filter(object -> object.getKind().equals("Cluster")).findFirst().orElseThrow();
            assertThat(cluster.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");
            assertThat(byName(objects, ConfigMap.class).get("claimgraph-config").getData()).containsEntry("DB_HOST", "claimgraph-db-rw");
        }
    }

    private static void checkDeployment(String overlay, Deployment deployment, List<HasMetadata> objects) throws IOException {
        String name = deployment.getMetadata().getName();
        Properties configuration = applicationProperties(name);
        int port = Integer.parseInt(configuration.getProperty("quarkus.http.port"));
        var pod = deployment.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);

        assertThat(container.getImage()).isEqualTo("claimgraph/" + name + ":0.1.0-" + (overlay.equals("dev") || overlay.equals("jvm") ? "jvm" : "native"));
        assertThat(container.getPorts()).singleElement().satisfies(containerPort -> {
            assertThat(containerPort.getName()).isEqualTo("http");
            assertThat(containerPort.getContainerPort()).as(name + " port against quarkus.http.port").isEqualTo(port);
        });
        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertProbe(container.getLivenessProbe(), "/q/health/live");
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getVolumeMounts()).anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
        assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("prometheus.io/path", "/q/metrics").containsEntry("prometheus.io/port", String.valueOf(port));
        assertThat(container.getEnv()).extracting(EnvVar::getName).contains("LOG_JSON", "OTEL_SDK_DISABLED", "OTEL_EXPORTER_OTLP_ENDPOINT");

        String properties = Files.readString(Path.of("..", name, "src/main/resources/application.properties"));
        for (EnvVar variable : container.getEnv()) {
            if (!variable.getName().equals("JAVA_OPTS_APPEND")) {
                assertThat(properties).as(name + " reads " + variable.getName()).contains("${" + variable.getName());
            }
        }

        Service service = byName(objects, Service.class).get(name);
        assertThat(service.getSpec().getSelector()).isEqualTo(Map.of("app.kubernetes.io/name", name));
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(servicePort -> {
            assertThat(servicePort.getPort()).isEqualTo(port);
            assertThat(servicePort.getTargetPort().getStrVal()).isEqualTo("http");
        });
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    /** Every configMapKeyRef and secretKeyRef names a key that exists (rendered, or listed as provided outside). */
    private static void checkReferences(List<HasMetadata> objects) throws IOException {
        Map<String, Set<String>> configMaps = new HashMap<>();
        byName(objects, ConfigMap.class).forEach((name, map) -> configMaps.put(name, map.getData().keySet()));
        Map<String, Set<String>> secrets = new HashMap<>();
        byName(objects, Secret.class).forEach((name, secret) -> secrets.put(name, new HashSet<>(secret.getData().keySet())));
        Properties external = new Properties();
        try (FileReader reader = new FileReader("external-secrets.properties", StandardCharsets.UTF_8)) {
            external.load(reader);
        }
        external.forEach((name, keys) -> secrets.computeIfAbsent(name.toString(), n -> new HashSet<>()).addAll(List.of(keys.toString().split(","))));
        for (Container container : containers(objects)) {
            for (EnvVar variable : container.getEnv()) {
                if (variable.getValueFrom() == null) {
                    continue;
                }
                var configMapKey = variable.getValueFrom().getConfigMapKeyRef();
                if (configMapKey != null) {
                    assertThat(configMaps.getOrDefault(configMapKey.getName(), Set.of()))
                            .as(container.getName() + " " + variable.getName() + " from ConfigMap " + configMapKey.getName())
                            .contains(configMapKey.getKey());
                }
                var secretKey = variable.getValueFrom().getSecretKeyRef();
                if (secretKey != null) {
                    assertThat(secrets.getOrDefault(secretKey.getName(), Set.of()))
                            .as(container.getName() + " " + variable.getName() + " from Secret " + secretKey.getName())
                            .contains(secretKey.getKey());
                }
            }
        }
        assertThat(byName(objects, Secret.class)).as("no secret values in the repository").isEmpty();
    }

    /** The gateway takes traffic from anywhere; the subgraphs only from the gateway (and claims-service for sources). */
    private static void checkNetwork(List<HasMetadata> objects) {
        Map<String, NetworkPolicy> policies = byName(objects, NetworkPolicy.class);
        assertThat(allowedFrom(policies.get("claims-service"))).containsExactly("gateway");
        assertThat(allowedFrom(policies.get("sources-service"))).containsExactlyInAnyOrder("gateway", "claims-service");
        if (policies.containsKey("claimgraph-db")) {
            assertThat(allowedFrom(policies.get("claimgraph-db"))).contains("sources-service", "claims-service").doesNotContain("gateway");
        }
    }

    private static List<String> allowedFrom(NetworkPolicy policy) {
        List<String> names = new ArrayList<>();
        policy.getSpec().getIngress().forEach(rule -> rule.getFrom().stream().map(NetworkPolicyPeer::getPodSelector)
                .filter(selector -> selector != null && selector.getMatchLabels().containsKey("app.kubernetes.io/name"))
                .forEach(selector -> names.add(selector.getMatchLabels().get("app.kubernetes.io/name"))));
        return names;
    }

    private static List<Container> containers(List<HasMetadata> objects) {
        List<Container> containers = new ArrayList<>();
        byName(objects, Deployment.class).values().forEach(d -> containers.addAll(d.getSpec().getTemplate().getSpec().getContainers()));
        byName(objects, StatefulSet.class).values().forEach(s -> containers.addAll(s.getSpec().getTemplate().getSpec().getContainers()));
        return containers;
    }

    private static <T extends HasMetadata> Map<String, T> byName(List<HasMetadata> objects, Class<T> type) {
        Map<String, T> found = new HashMap<>();
        objects.stream().filter(type::isInstance).map(type::cast).forEach(object -> found.put(object.getMetadata().getName(), object));
        return found;
    }

    private static Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        try (FileReader reader = new FileReader("../" + service + "/src/main/resources/application.properties", StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** {@code kubectl kustomize overlays/<name>}, parsed document by document into typed Kubernetes objects. */
    static List<HasMetadata> render(String overlay) throws IOException, InterruptedException {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", "overlays/" + overlay).redirectErrorStream(true).start();
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize overlays/" + overlay + " failed:\n" + yaml);
        }
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (!document.isBlank()) {
                objects.add(Serialization.unmarshal(document, HasMetadata.class));
            }
        }
        return objects;
    }
}
