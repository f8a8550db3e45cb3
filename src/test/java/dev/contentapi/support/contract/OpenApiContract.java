package dev.contentapi.support.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * The OpenAPI document the application serves, as a contract that answers can be checked against: the operation (path
 * template and method) is in it, the status is documented for it, the {@code Content-Type} is one documented for that
 * status, the body validates against the documented schema (JSON Schema 2020-12 in the OpenAPI 3.1 dialect, formats
 * asserted, by networknt's json-schema-validator), and the documented response headers that are required are there and
 * fit their schemas.
 */
public final class OpenApiContract {

    /** Where the validator finds the document: only a name, never fetched (the registry is given the text). */
    private static final String DOCUMENT_IRI = "https://content-api.invalid/openapi.json";
    private static final String PROBLEM_SCHEMA = "/components/schemas/Problem";
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE_SEGMENT = Pattern.compile("\\{[^}/]+}");

    private static volatile OpenApiContract served;

    /**
     * What a test received: the request's method and raw path (no query), and the answer; {@code bare} when it may be
     * one of the HTTP server's own refusals, which have no body (see {@link ContractFilter#BARE_REFUSALS}).
     */
    public record Exchange(String method, String path, int status, Map<String, List<String>> headers, byte[] body,
            boolean bare) {

        /** An answer whose body, if it has one, must be as documented. */
        public Exchange(String method, String path, int status, Map<String, List<String>> headers, byte[] body) {
            this(method, path, status, headers, body, false);
        }

        /** The first value of a header, its name in any case. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }

        /** The media type of the body, without parameters, in lower case; empty when none is named. */
        Optional<String> mediaType() {
            return header("Content-Type").map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                    .filter(value -> !value.isEmpty());
        }

        @Override
        public String toString() {
            return method + " " + path + " -> " + status;
        }
    }

    /** A path of the document, matched by its template: literal segments and {@code {parameter}} segments. */
    private record PathTemplate(String template, Pattern pattern, int literals) {

        static PathTemplate of(String template) {
            StringBuilder regex = new StringBuilder();
            int literals = 0;
            for (String segment : template.substring(1).split("/", -1)) {
                regex.append('/');
                if (TEMPLATE_SEGMENT.matcher(segment).matches()) {
                    regex.append("[^/]+");
                } else {
                    regex.append(Pattern.quote(segment));
                    literals++;
                }
            }
            return new PathTemplate(template, Pattern.compile(regex.toString()), literals);
        }
    }

    /** A node of the document with the JSON pointer it was found at, once {@code $ref}s are followed. */
    private record Located(JsonNode node, String pointer) {
    }

    private final JsonNode document;
    private final List<PathTemplate> paths = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    OpenApiContract(String json) {
        try {
            this.document = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
        if (!document.path("openapi").asText().startsWith("3.1")) {
            throw new IllegalStateException("expected an OpenAPI 3.1 document, got openapi: " + document.get("openapi"));
        }
        document.path("paths").fieldNames().forEachRemaining(path -> paths.add(PathTemplate.of(path)));
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, json)));
    }

    /** The document served at {@code /q/openapi?format=json} by the application at this base URI, read once. */
    public static OpenApiContract servedBy(URI base) {
        OpenApiContract contract = served;
        if (contract == null) {
            synchronized (OpenApiContract.class) {
                contract = served;
                if (contract == null) {
                    contract = new OpenApiContract(fetch(base.resolve("/q/openapi?format=json")));
                    served = contract;
                }
            }
        }
        return contract;
    }

    /** A contract from a document's text, for tests of the checks themselves. */
    public static OpenApiContract of(String json) {
        return new OpenApiContract(json);
    }

    private static String fetch(URI uri) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(FETCH_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("could not read the OpenAPI document at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The document's path template that serves this raw path, the most literal one first; empty if none. */
    public Optional<String> template(String path) {
        return paths.stream().filter(template -> template.pattern().matcher(path).matches())
                .max((a, b) -> Integer.compare(a.literals(), b.literals())).map(PathTemplate::template);
    }

    /** Everything in which the answer breaks the document; empty when it keeps it. */
    public List<String> violations(Exchange exchange) {
        List<String> violations = new ArrayList<>();
        Optional<String> template = template(exchange.path());
        if (template.isEmpty()) {
            undocumentedRoute(exchange, "no path of the document matches " + exchange.path(), violations);
            return violations;
        }
        String pathPointer = "/paths/" + escape(template.get());
        JsonNode pathItem = document.at(pathPointer);
        String method = exchange.method().toLowerCase(Locale.ROOT);
        boolean head = method.equals("head") && !pathItem.has("head");
        if (head) {
            // HEAD is GET without the body (RFC 9110 9.3.2): the GET operation's statuses and headers hold
            method = "get";
        }
        if (!pathItem.has(method)) {
            undocumentedRoute(exchange,
                    "the document has no " + exchange.method() + " operation on " + template.get(), violations);
            return violations;
        }
        String operationPointer = pathPointer + "/" + method;
        String operation = exchange.method() + " " + template.get();
        Optional<Located> response = response(operationPointer, exchange.status());
        if (response.isEmpty()) {
            List<String> documented = new ArrayList<>();
            document.at(operationPointer + "/responses").fieldNames().forEachRemaining(documented::add);
            violations.add("status " + exchange.status() + " is not documented for " + operation + " (documented: "
                    + documented + ")");
            return violations;
        }
        checkHeaders(response.get(), exchange, violations);
        if (!head) {
            checkBody(response.get(), exchange, violations);
        }
        return violations;
    }

    /**
     * An answer on a route the document does not have: only an error is right there, and it is a problem.
     */
    private void undocumentedRoute(Exchange exchange, String why, List<String> violations) {
        if (exchange.status() < 400) {
            violations.add(why + ", yet the answer is " + exchange.status() + ", not an error");
            return;
        }
        problem(exchange, violations);
    }

    /** The answer is an RFC 9457 problem: {@code application/problem+json} with a Problem body. */
    void problem(Exchange exchange, List<String> violations) {
        Optional<String> mediaType = exchange.mediaType();
        if (exchange.body().length == 0 || !mediaType.equals(Optional.of("application/problem+json"))) {
            violations.add("error " + exchange.status() + " is not a problem: Content-Type "
                    + exchange.header("Content-Type").orElse("(none)") + ", " + exchange.body().length
                    + " bytes of body");
            return;
        }
        validate(PROBLEM_SCHEMA, exchange.body(), violations);
    }

    /** The response object for this status: exact, then a range such as {@code 4XX}, then {@code default}. */
    private Optional<Located> response(String operationPointer, int status) {
        JsonNode responses = document.at(operationPointer + "/responses");
        for (String key : List.of(Integer.toString(status), (status / 100) + "XX", "default")) {
            if (responses.has(key)) {
                return Optional.of(resolve(new Located(responses.get(key), operationPointer + "/responses/"
                        + escape(key))));
            }
        }
        return Optional.empty();
    }

    private void checkHeaders(Located response, Exchange exchange, List<String> violations) {
        Iterator<Map.Entry<String, JsonNode>> headers = response.node().path("headers").fields();
        while (headers.hasNext()) {
            Map.Entry<String, JsonNode> entry = headers.next();
            String name = entry.getKey();
            if (name.equalsIgnoreCase("Content-Type")) {
                continue; // ignored by the specification (OpenAPI 3.1, Response Object)
            }
            Located header = resolve(new Located(entry.getValue(),
                    response.pointer() + "/headers/" + escape(name)));
            Optional<String> value = exchange.header(name);
            if (value.isEmpty()) {
                if (header.node().path("required").asBoolean(false)) {
                    violations.add("required header " + name + " is missing");
                }
                continue;
            }
            if (header.node().has("schema")) {
                String schemaPointer = header.pointer() + "/schema";
                JsonNode schema = resolve(new Located(header.node().get("schema"), schemaPointer)).node();
                List<String> errors = new ArrayList<>();
                validate(schemaPointer, headerValue(schema, value.get()), errors);
                errors.forEach(error -> violations.add("header " + name + ": " + value.get() + ": " + error));
            }
        }
    }

    /** A header's text as the JSON value its schema describes (a header is always text on the wire). */
    private static JsonNode headerValue(JsonNode schema, String text) {
        String type = schema.path("type").asText("string");
        try {
            return switch (type) {
                case "integer" -> LongNode.valueOf(Long.parseLong(text.trim()));
                case "number" -> DoubleNode.valueOf(Double.parseDouble(text.trim()));
                case "boolean" -> text.trim().equals("true") || text.trim().equals("false")
                        ? BooleanNode.valueOf(Boolean.parseBoolean(text.trim()))
                        : TextNode.valueOf(text);
                default -> TextNode.valueOf(text);
            };
        } catch (NumberFormatException e) {
            return TextNode.valueOf(text);
        }
    }

    private void checkBody(Located response, Exchange exchange, List<String> violations) {
        JsonNode content = response.node().path("content");
        boolean documentedBody = content.isObject() && content.size() > 0;
        if (exchange.body().length == 0) {
            if (documentedBody && exchange.status() != 204 && exchange.status() != 304 && !exchange.bare()) {
                violations.add("the document gives this answer a body (" + names(content)
                        + "), but it has none");
            }
            return;
        }
        if (!documentedBody) {
            violations.add("the answer has a body (" + exchange.header("Content-Type").orElse("no Content-Type")
                    + ", " + exchange.body().length + " bytes), but the document gives it none");
            return;
        }
        Optional<String> mediaType = exchange.mediaType();
        if (mediaType.isEmpty()) {
            violations.add("the answer has a body but no Content-Type (documented: " + names(content) + ")");
            return;
        }
        Optional<String> documented = matchingMediaType(content, mediaType.get());
        if (documented.isEmpty()) {
            violations.add("Content-Type " + mediaType.get() + " is not documented for this status (documented: "
                    + names(content) + ")");
            return;
        }
        JsonNode mediaTypeObject = content.get(documented.get());
        if (json(mediaType.get()) && mediaTypeObject.has("schema")) {
            validate(response.pointer() + "/content/" + escape(documented.get()) + "/schema", exchange.body(),
                    violations);
        }
    }

    private static Optional<String> matchingMediaType(JsonNode content, String mediaType) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        String type = mediaType.split("/", 2)[0];
        return names.stream().filter(name -> name.equalsIgnoreCase(mediaType)).findFirst()
                .or(() -> names.stream().filter(name -> name.equalsIgnoreCase(type + "/*")).findFirst())
                .or(() -> names.stream().filter(name -> name.equals("*/*")).findFirst());
    }

    private static boolean json(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private void validate(String schemaPointer, byte[] body, List<String> violations) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            violations.add("the body is not JSON: " + e.getMessage());
            return;
        }
        validate(schemaPointer, instance, violations);
    }

    private void validate(String schemaPointer, JsonNode instance, List<String> violations) {
        Schema schema = schemas.computeIfAbsent(schemaPointer,
                pointer -> registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer)));
        List<Error> errors = schema.validate(instance, context -> context.executionConfig(config -> config
                .formatAssertionsEnabled(true)
                .writeOnly(true)));
        errors.forEach(error -> violations.add("body does not fit " + schemaPointer + ": " + error));
    }

    /** Follows local {@code $ref}s ({@code #/components/...}) to the node they name. */
    private Located resolve(Located located) {
        Located current = located;
        for (int hops = 0; current.node().has("$ref") && hops < 10; hops++) {
            String ref = current.node().get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local references are supported: " + ref);
            }
            String pointer = ref.substring(1);
            JsonNode target = document.at(pointer);
            if (target.isMissingNode()) {
                throw new IllegalStateException("the document has nothing at " + ref);
            }
            current = new Located(target, pointer);
        }
        return current;
    }

    /** A key as a JSON pointer token (RFC 6901). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
