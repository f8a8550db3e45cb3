package dev.contentapi.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code /q/metrics} (the Prometheus text format) as samples. */
public final class Metrics {

    /** A name, its labels (quoted values may hold any character) and the value; an exemplar may follow. */
    private static final Pattern SAMPLE = Pattern
            .compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{((?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*)\\})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One line of the exposition: a metric name, its labels and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {

        /** Whether every given label has the given value (pairs: name, value, name, value…). */
        public boolean has(String... pairs) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (!pairs[i + 1].equals(labels.get(pairs[i]))) {
                    return false;
                }
            }
            return true;
        }
    }

    private Metrics() {
    }

    /** One scrape, as Prometheus makes it (in the text format, which the response cache never answers). */
    public static List<Sample> scrape() {
        String text = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.find()) {
                throw new AssertionError("not a Prometheus sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return samples;
    }

    /** The sum of the samples named {@code name} with these labels (0 when there are none). */
    public static double value(List<Sample> samples, String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.has(labels)).mapToDouble(Sample::value).sum();
    }

    /**
     * Scrapes until {@code done} holds, for at most five seconds, and returns the last scrape: the server records a
     * request once its response has gone, so a scrape made right after a response may not count it yet.
     */
    public static List<Sample> scrapeUntil(Predicate<List<Sample>> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<Sample> samples = scrape();
        while (!done.test(samples) && System.nanoTime() < deadline) {
            samples = scrape();
        }
        return samples;
    }
}
