package dev.contentapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The Kubernetes manifests that {@code ./mvnw package} writes (quarkus-kubernetes, target/kubernetes/kubernetes.yml)
 * run the API past one machine: several replicas with resources, the health probes of the packaged application (which
 * answer, asked here), the database and the shared secrets from a Secret, everything else from a ConfigMap, and a
 * selector that survives new versions.
 */
@QuarkusIntegrationTest
class KubernetesManifestIT {

    private static final Path MANIFESTS = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final String SECRET = "content-api";
    private static final List<String> SECRET_VARIABLES = List.of("QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "CONTENT_ADMIN_TOKEN", "CONTENT_CURSOR_SECRET");

    private static final Map<String, JsonNode> RESOURCES = new TreeMap<>();

    @BeforeAll
    static void readManifests() throws IOException {
        assertThat(MANIFESTS).as("written by ./mvnw package").isRegularFile();
        // jackson-dataformat-yaml comes with smallrye-openapi.
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class)
                .readValues(Files.readString(MANIFESTS))) {
            for (JsonNode document : documents.readAll()) {
                RESOURCES.put(document.path("kind").asText() + "/" + document.path("metadata").path("name").asText(),
                        document);
            }
        }
    }

    private static JsonNode resource(String key) {
        assertThat(RESOURCES).as("resources in " + MANIFESTS).containsKey(key);
        return RESOURCES.get(key);
    }

    private static JsonNode container() {
        JsonNode containers = resource("Deployment/content-api").path("spec").path("template").path("spec")
                .path("containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    @Test
    void runsSeveralReplicasWithResources() {
        JsonNode deployment = resource("Deployment/content-api");
        assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(3);
        JsonNode resources = container().path("resources");
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertThat(resources.path(kind).path(resource).asText()).as(kind + "." + resource).isNotBlank();
            }
        }
        assertThat(container().path("image").asText()).startsWith("content-api:");
    }

    @Test
    void probesTheHealthEndpointsThatThePackagedApplicationAnswers() {
        Map<String, String> probes = Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready",
                "startupProbe", "/q/health/started");
        probes.forEach((probe, path) -> {
            JsonNode get = container().path(probe).path("httpGet");
            assertThat(get.path("path").asText()).as(probe).isEqualTo(path);
            assertThat(get.path("port").asInt()).as(probe + " port").isEqualTo(8080);
            given().get(path).then().statusCode(200).body("status", equalTo("UP"));
        });
    }

    @Test
    void takesTheDatabaseAndTheSharedSecretsFromASecret() {
        List<String> fromSecret = new ArrayList<>();
        for (JsonNode variable : container().path("env")) {
            String name = variable.path("name").asText();
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            if (!secret.isMissingNode()) {
                assertThat(secret.path("name").asText()).as(name).isEqualTo(SECRET);
                assertThat(secret.path("key").asText()).as(name).isNotBlank();
                fromSecret.add(name);
            }
            if (name.matches(".*(PASSWORD|SECRET|TOKEN|JDBC_URL).*")) {
                assertThat(variable.has("value")).as(name + " is never written in the manifest").isFalse();
            }
        }
        assertThat(fromSecret).containsExactlyInAnyOrderElementsOf(SECRET_VARIABLES);
        assertThat(RESOURCES).as("the Secret is the operator's, never generated").doesNotContainKey("Secret/" + SECRET);
    }

    @Test
    void takesTheRestFromAConfigMap() {
        List<String> configMaps = new ArrayList<>();
        container().path("envFrom").forEach(source -> configMaps.add(source.path("configMapRef").path("name").asText()));
        assertThat(configMaps).containsExactly("content-api");
        JsonNode data = resource("ConfigMap/content-api").path("data");
        assertThat(data.path("QUARKUS_SHUTDOWN_DELAY").asText()).as("serve while the Service drops the replica")
                .isNotBlank();
    }

    @Test
    void exposesTheReplicasBehindOneServiceWhoseSelectorSurvivesNewVersions() {
        JsonNode deployment = resource("Deployment/content-api");
        JsonNode selector = deployment.path("spec").path("selector").path("matchLabels");
        assertThat(selector.has("app.kubernetes.io/name")).isTrue();
        assertThat(selector.has("app.kubernetes.io/version")).as("a version in the selector blocks upgrades").isFalse();
        JsonNode service = resource("Service/content-api");
        assertThat(service.path("spec").path("ports").get(0).path("targetPort").asInt()).isEqualTo(8080);
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        service.path("spec").path("selector").properties().forEach(label -> assertThat(
                podLabels.path(label.getKey()).asText()).as("pod label " + label.getKey())
                .isEqualTo(label.getValue().asText()));
    }

    @Test
    void needsNoMigrationJobNorPermissions() {
        assertThat(RESOURCES.keySet()).noneMatch(key -> key.startsWith("Job/") || key.startsWith("Role")
                || key.startsWith("ServiceAccount/"));
        assertThat(resource("Deployment/content-api").path("spec").path("template").path("spec")
                .has("initContainers")).isFalse();
    }
}
