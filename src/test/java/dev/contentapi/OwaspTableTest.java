package dev.contentapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The OWASP API Security Top 10 table ({@code src/docs/owasp-api-top-10.md}) cannot rot: it has a row for each of the
 * ten risks, each naming tests, every test it names ({@code Class#method}) exists as a test method, and the README
 * links it.
 */
class OwaspTableTest {

    private static final Path TABLE = Path.of("src/docs/owasp-api-top-10.md");
    private static final Pattern ROW = Pattern.compile("^\\| \\*\\*(API\\d+) [^|]*\\|[^|]*\\|(.*)\\|$");
    private static final Pattern TEST = Pattern.compile("`(\\w+)#(\\w+)`");
    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory");

    @Test
    void namesTestsThatExistForEachOfTheTenRisks() throws IOException {
        Map<String, String> classes = testClasses();
        Map<String, List<String>> rows = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            List<String> tests = new ArrayList<>();
            Matcher test = TEST.matcher(row.group(2));
            while (test.find()) {
                tests.add(test.group());
                if (!exists(classes.get(test.group(1)), test.group(2))) {
                    missing.add(row.group(1) + ": " + test.group());
                }
            }
            rows.put(row.group(1), tests);
        }
        assertThat(rows.keySet()).as("rows").containsExactlyInAnyOrder("API1", "API2", "API3", "API4", "API5", "API6",
                "API7", "API8", "API9", "API10");
        rows.forEach((risk, tests) -> assertThat(tests).as(risk + " names tests").isNotEmpty());
        assertThat(missing).as("tests the table names that do not exist").isEmpty();
        assertThat(Files.readString(Path.of("README.md"))).contains("(src/docs/owasp-api-top-10.md)");
    }

    /** Simple name → fully qualified name of every test source. */
    private static Map<String, String> testClasses() throws IOException {
        Path root = Path.of("src/test/java");
        Map<String, String> classes = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(root)) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                String name = root.relativize(path).toString().replace('/', '.').replaceAll("\\.java$", "");
                classes.put(name.substring(name.lastIndexOf('.') + 1), name);
            });
        }
        return classes;
    }

    /** Whether the class has a test method of this name (JUnit's test annotations, parameterized ones included). */
    private static boolean exists(String className, String method) {
        if (className == null) {
            return false;
        }
        try {
            for (Method candidate : Class.forName(className).getDeclaredMethods()) {
                if (candidate.getName().equals(method) && Stream.of(candidate.getAnnotations())
                        .anyMatch(annotation -> TEST_ANNOTATIONS.contains(annotation.annotationType().getName()))) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
