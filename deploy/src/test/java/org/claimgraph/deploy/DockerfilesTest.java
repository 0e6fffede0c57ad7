package org.claimgraph.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each service's images: multi-stage, built from the repository root, non-root, exposing the port it listens on. */
class DockerfilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"sources-service", "claims-service", "gateway"})
    void imagesAreMultiStageNonRootAndExposeTheServicePort(String service) throws IOException {
        Properties configuration = new Properties();
        try (FileReader reader = new FileReader("../" + service + "/src/main/resources/application.properties", StandardCharsets.UTF_8)) {
            configuration.load(reader);
        }
        String port = configuration.getProperty("quarkus.http.port");
        for (String flavour : List.of("jvm", "native")) {
            String dockerfile = Files.readString(Path.of("..", service, "src/main/docker/Dockerfile." + flavour));
            assertThat(Pattern.compile("(?m)^FROM ").matcher(dockerfile).results().count()).as(flavour + " stages").isEqualTo(2);
            assertThat(dockerfile).contains("-pl " + service + " -am package").contains("EXPOSE " + port)
                    .contains("claimgraph/" + service + ":0.1.0-" + flavour);
            Matcher user = Pattern.compile("(?m)^USER (\\S+)\\s*$").matcher(dockerfile);
            String lastUser = null;
            while (user.find()) {
                lastUser = user.group(1);
            }
            assertThat(lastUser).as(flavour + " runs as").isNotNull().isNotIn("root", "0");
            if (flavour.equals("native")) {
                assertThat(dockerfile).contains("mandrel-builder-image").contains("-Dnative").contains("ubi9-quarkus-micro-image");
            }
        }
    }
}
