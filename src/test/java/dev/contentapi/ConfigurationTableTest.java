package dev.contentapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's configuration table has a row for every key of the application's own ({@code content.*}) that the code
 * reads or application.properties sets, named as the environment variable that sets it, so that operators never have
 * to read the code to learn what they can configure.
 */
class ConfigurationTableTest {

    private static final String KEY = "content\\.[a-z0-9.-]*[a-z0-9]";
    private static final Pattern PROPERTY = Pattern.compile("^#?(" + KEY + ")=");
    private static final Pattern IN_JAVA = Pattern.compile("\"(?:\\$\\{)?(" + KEY + ")");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"(" + KEY + ")\"\\)");
    private static final Pattern MAPPED_NAME = Pattern.compile("@WithName\\(\"([a-z0-9-]+)\"\\)");
    private static final Pattern MAPPED_METHOD = Pattern.compile("^\\s+[\\w.<>]+\\s+(\\w+)\\(\\);");

    /** Keys the application sets for itself, not settings. */
    private static final Set<String> INTERNAL = Set.of("content.embedded-postgres.url");

    @Test
    void namesEveryContentKeyAsItsEnvironmentVariable() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            Matcher property = PROPERTY.matcher(line.trim());
            if (property.find()) {
                keys.add(property.group(1));
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> keys.addAll(keysIn(path)));
        }
        keys.removeAll(INTERNAL);
        assertTrue(keys.size() > 10, "keys found: " + keys);

        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Configuration");
        assertTrue(start >= 0, "README has a Configuration section");
        int end = readme.indexOf("\n## ", start + 1);
        String table = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> missing = keys.stream()
                .filter(key -> !table.contains("`" + environmentVariable(key) + "`"))
                .map(key -> key + " (" + environmentVariable(key) + ")")
                .toList();
        assertEquals(List.of(), missing, "keys without a row in the README's configuration table");
    }

    private static Set<String> keysIn(Path source) {
        Set<String> keys = new TreeSet<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String prefix = null;
        String name = null;
        for (String line : lines) {
            Matcher mapping = MAPPING.matcher(line);
            if (mapping.find()) {
                prefix = mapping.group(1);
                continue;
            }
            if (prefix != null) {
                Matcher mappedName = MAPPED_NAME.matcher(line);
                Matcher method = MAPPED_METHOD.matcher(line);
                if (mappedName.find()) {
                    name = mappedName.group(1);
                } else if (method.find()) {
                    keys.add(prefix + "." + (name != null ? name : kebab(method.group(1))));
                    name = null;
                }
                continue;
            }
            Matcher key = IN_JAVA.matcher(line);
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }

    private static String kebab(String method) {
        return method.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
