package dev.contentapi.common.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The hostile values the fuzzer draws from, and how it mutates a valid body. Every choice comes from the
 * {@link SplittableRandom} it is given, so a seed replays the same inputs.
 */
final class Inputs {

    /** A value for a URI: {@code raw} ones go into the URI exactly as written (bad percent-encoding), others encoded. */
    record UriValue(String value, boolean raw) {

        static UriValue plain(String value) {
            return new UriValue(value, false);
        }

        static UriValue raw(String value) {
            return new UriValue(value, true);
        }

        String encoded(SplittableRandom random) {
            return raw ? value : encode(value, random.nextBoolean());
        }
    }

    static final List<String> STRINGS = List.of("", " ", "a", "x".repeat(201), "y".repeat(1500),
            "e\u0301\u0301\u0301\u0301", "\u202Eevil\u202C", "\u05E9\u05DC\u05D5\u05DD", "😀🎬", "\u0000",
            "a\u0000b", "\u0001\u0002\u001f\u007f", "\uFEFFbom", "\u00A0", "tab\there", "line\nbreak", "\r\n",
            "José Hernández", "ＡＢＣ", "\uFFFF", "'", "''", "\"", "%", "_", "\\", "\\\\", "%_%", "&|!:*()<>",
            "a & b", "a | b", "!a", "a:*", "a <-> b", "(((", ")))", "-", "--", "-a -b", "or", "\"\"", "\"a b",
            "'; drop table article; --", "1' or '1'='1", "{\"a\":1}", "[]", "null", "true", "<script>alert(1)</script>",
            "${jndi:ldap://x}", "#{1+1}", "../../etc/passwd", "*", "?", "#", "&", "=", "+", ";", ",", ",,", ".", "..",
            "a,b,c", "/", "//", "\\u0000", "%00", "%zz");

    static final List<String> NUMBERS = List.of("-1", "0", "-0", "1", "2", "20", "100", "101", "10000", "10001",
            "1e309", "-1e309", "1e2", "NaN", "Infinity", "-Infinity", "0x10", "0b1", "017", "1.5", "1.0", "+1", " 1",
            "1 ", "١٢", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999999", "0.0000001", "1_000", "1,2");

    static final List<String> DATES = List.of("2023-09-01", "2023-09-01T00:00:00Z", "2023-13-45",
            "2023-02-30", "2023-09-01T25:00:00Z", "+999999999-12-31", "-999999999-01-01", "0000-00-00",
            "0001-01-01", "9999-12-31T23:59:59.999999999Z", "2023-09-01T00:00:00+99:00",
            "2023-09-01T00:00:00+02:00", "1970-01-01T00:00:00Z", "2023-09-01 00:00:00", "20230901", "yesterday",
            "2023-W35", "2030-01-01T08:00:00Z", "2099-01-01T00:00:00Z", "1900-01-01T00:00:00Z");

    /** Field names clients have no business naming: private fields, internals, almost-right names. */
    static final List<String> NAMES = List.of("id", "-id", "password", "email", "authorEmail", "moderationNote",
            "tokenHash", "token_hash", "clientHash", "version", "status", "searchVector", "search_vector",
            "title,title", "-title,title", "--publishedAt", "publishedAt,", ",publishedAt", "+publishedAt",
            "PUBLISHEDAT", "credits.person.credits", "credits.person,credits.film", "author.email", "comments",
            "author,author", "people,films,author", "included", "*", "all", "1", "name;drop", "title desc",
            "publishedAt:desc");

    static final List<String> RAW = List.of("%", "%zz", "%G0", "%C0%AF", "%E0%80%AF", "%F0%80%80%AF", "%FF%FE",
            "%ED%A0%80", "%C3", "%00", "%2F", "%2f", "%2e%2e", "%2e%2e%2f%2e%2e", "..%2F..%2F", "%252F", "%u0041",
            "a%", "%%", "%20", "%0A", "%0D%0A", "%09", "%7F", "%E2%80%AE", "%F0%9F%98%80", "a+b", "%2B", "%26",
            "%3D", "%3F", "%23", ";a=b", "a;jsessionid=x", "%5B%5D", "[]", "a[b]", "~", "!", "$", "'", "(", ")",
            "*", ",", ":", "@");

    private static final String METACHARACTERS = "'%_\\&|!:*()<>\"{}[],.-+;=?#/";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Inputs() {
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A hostile value of any kind, for any parameter or segment. */
    static UriValue hostile(SplittableRandom random) {
        return switch (random.nextInt(7)) {
            case 0, 1 -> UriValue.plain(pick(random, STRINGS));
            case 2 -> UriValue.plain(pick(random, NUMBERS));
            case 3 -> UriValue.plain(pick(random, DATES));
            case 4 -> UriValue.plain(pick(random, NAMES));
            case 5 -> UriValue.raw(pick(random, RAW));
            default -> UriValue.plain(randomText(random, 1 + random.nextInt(40)));
        };
    }

    /** Text of random code points: letters, marks, controls, punctuation, emoji and metacharacters. */
    static String randomText(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(8)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x300 + random.nextInt(0x70);
                case 2 -> 0x590 + random.nextInt(0x100);
                case 3 -> 0x1F300 + random.nextInt(0x300);
                case 4 -> METACHARACTERS.charAt(random.nextInt(METACHARACTERS.length()));
                case 5 -> 0xA0 + random.nextInt(0x2000);
                default -> 'a' + random.nextInt(26);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** Percent-encodes UTF-8; {@code loose} leaves the characters browsers leave alone in a query as they are. */
    static String encode(String value, boolean loose) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~';
            boolean safe = loose && (c == ',' || c == ':' || c == '\'' || c == '(' || c == ')' || c == '*'
                    || c == '!' || c == '@' || c == '$');
            if (unreserved || safe) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** A cursor that is not one this list made: forged, garbage, truncated, flipped, or another list's. */
    static String badCursor(SplittableRandom random, List<String> cursors) {
        String real = cursors.isEmpty() ? "eyJhIjoxfQ.AAAA" : pick(random, cursors);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return switch (random.nextInt(9)) {
            case 0 -> real;
            case 1 -> real.substring(0, random.nextInt(real.length()));
            case 2 -> flip(random, real);
            case 3 -> base64.encodeToString("{\"sort\":\"-publishedAt\",\"filters\":\"\",\"after\":[null,\"1\"]}"
                    .getBytes(StandardCharsets.UTF_8)) + "." + real.substring(real.indexOf('.') + 1);
            case 4 -> base64.encodeToString(randomText(random, 30).getBytes(StandardCharsets.UTF_8));
            case 5 -> base64.encodeToString("{\"sort\":1,\"after\":[[],{},1e309]}".getBytes(StandardCharsets.UTF_8))
                    + ".x";
            case 6 -> "....";
            case 7 -> real + "." + real;
            default -> base64.encodeToString(new byte[random.nextInt(200)]);
        };
    }

    private static String flip(SplittableRandom random, String value) {
        if (value.isEmpty()) {
            return "A";
        }
        char[] chars = value.toCharArray();
        int at = random.nextInt(chars.length);
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    /** A body derived from a valid one: the valid one itself, or broken in one of many ways. */
    static byte[] body(SplittableRandom random, JsonNode valid, ObjectMapper json) throws Exception {
        int kind = random.nextInt(20);
        String text = switch (kind) {
            case 0, 1, 2, 3 -> json.writeValueAsString(mutateTree(random, valid.deepCopy(), 1 + random.nextInt(3)));
            case 4, 5 -> json.writeValueAsString(valid);
            case 6 -> duplicateField(random, valid, json);
            case 7 -> {
                String whole = json.writeValueAsString(valid);
                yield whole.substring(0, random.nextInt(Math.max(1, whole.length())));
            }
            case 8 -> pick(random, List.of("", "{", "}", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "nul", "[", "{,}",
                    "{\"a\":1,}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":NaN}", "{\"a\":Infinity}", "\u0000",
                    "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u00\"}", "{\"a\":\"\\x41\"}", "// comment\n{}", "{}{}", "{} x"));
            case 9 -> pick(random, List.of("[]", "[{}]", "1", "-1", "1e309", "\"text\"", "null", "true", "false",
                    "[null]", "{}"));
            case 10 -> "[".repeat(random.nextInt(100, 5000)) + "]".repeat(random.nextInt(0, 5000));
            case 11 -> "{\"a\":".repeat(random.nextInt(100, 3000)) + "1" + "}".repeat(random.nextInt(0, 3000));
            case 12 -> {
                ObjectNode object = valid.isObject() ? (ObjectNode) valid.deepCopy() : NODES.objectNode();
                String field = pick(random, List.of("id", "version", "status", "publishedAt", "createdAt",
                        "updatedAt", "unknown", "self", "authorEmail", "moderationNote", "role", "token",
                        "commentCount", "$where", "__proto__", "constructor", ""));
                object.set(field, randomLeaf(random));
                yield json.writeValueAsString(object);
            }
            case 13 -> {
                if (!valid.isObject()) {
                    yield "{}";
                }
                ObjectNode object = (ObjectNode) valid.deepCopy();
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    if (chance(random, 0.5)) {
                        object.putNull(name);
                    }
                }
                yield json.writeValueAsString(object);
            }
            default -> json.writeValueAsString(mutateTree(random, valid.deepCopy(), 1));
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return kind == 14 ? invalidUtf8(random, bytes) : bytes;
    }

    /** The bytes with an overlong or impossible UTF-8 sequence put in at a random place. */
    private static byte[] invalidUtf8(SplittableRandom random, byte[] bytes) {
        int at = random.nextInt(bytes.length + 1);
        byte[] bad = random.nextBoolean() ? new byte[] { (byte) 0xC0, (byte) 0xAF } : new byte[] { (byte) 0xFF };
        byte[] broken = new byte[bytes.length + bad.length];
        System.arraycopy(bytes, 0, broken, 0, at);
        System.arraycopy(bad, 0, broken, at, bad.length);
        System.arraycopy(bytes, at, broken, at + bad.length, bytes.length - at);
        return broken;
    }

    private static String duplicateField(SplittableRandom random, JsonNode valid, ObjectMapper json)
            throws Exception {
        String whole = json.writeValueAsString(valid);
        if (!valid.isObject() || valid.isEmpty()) {
            return whole;
        }
        List<String> names = new ArrayList<>();
        valid.fieldNames().forEachRemaining(names::add);
        String name = pick(random, names);
        return "{" + json.writeValueAsString(name) + ":" + json.writeValueAsString(randomLeaf(random)) + ","
                + whole.substring(1);
    }

    /** Changes {@code times} random places of the tree: removes, retypes, enlarges, nests or adds. */
    static JsonNode mutateTree(SplittableRandom random, JsonNode root, int times) {
        JsonNode current = root;
        for (int i = 0; i < times; i++) {
            current = mutateOnce(random, current, 0);
        }
        return current;
    }

    private static JsonNode mutateOnce(SplittableRandom random, JsonNode node, int depth) {
        if (node.isContainerNode() && node.size() > 0 && chance(random, 0.6) && depth < 6) {
            if (node.isObject()) {
                ObjectNode object = (ObjectNode) node;
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = pick(random, names);
                if (chance(random, 0.15)) {
                    object.remove(name);
                } else {
                    object.set(name, mutateOnce(random, object.get(name), depth + 1));
                }
                return object;
            }
            ArrayNode array = (ArrayNode) node;
            int at = random.nextInt(array.size());
            array.set(at, mutateOnce(random, array.get(at), depth + 1));
            return array;
        }
        return switch (random.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> randomLeaf(random);
            case 2 -> NODES.textNode(pick(random, STRINGS));
            case 3 -> NODES.textNode("z".repeat(random.nextInt(5000, 60_000)));
            case 4 -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(1, 2000);
                JsonNode first = node.isArray() && node.size() > 0 ? node.get(0) : null;
                JsonNode element = first != null && first.isValueNode() && first.asText().length() < 100 ? first
                        : NODES.textNode("x");
                for (int i = 0; i < size; i++) {
                    array.add(element.deepCopy());
                }
                yield array;
            }
            case 5 -> node.isTextual() ? NODES.numberNode(random.nextInt()) : NODES.textNode(node.asText());
            case 6 -> NODES.arrayNode().add(node);
            case 7 -> NODES.objectNode().set("value", node);
            case 8 -> {
                if (node.isObject()) {
                    ((ObjectNode) node).set(pick(random, List.of("unknown", "id", "x", "")), randomLeaf(random));
                }
                yield node;
            }
            case 9 -> NODES.textNode(randomText(random, random.nextInt(1, 300)));
            case 10 -> NODES.textNode(pick(random, DATES));
            default -> NODES.textNode(pick(random, NUMBERS));
        };
    }

    private static JsonNode randomLeaf(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextLong());
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1e309"));
            case 4 -> NODES.numberNode(-0.0);
            case 5 -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999999999"));
            case 6 -> NODES.arrayNode().add(1).add("a").addNull();
            case 7 -> NODES.objectNode().put("a", 1);
            case 8 -> NODES.textNode(pick(random, NUMBERS));
            default -> NODES.textNode(pick(random, STRINGS));
        };
    }

    /** Every property name of the document's objects, nested ones included. */
    static void fieldNames(JsonNode node, List<String> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                into.add(field.getKey());
                fieldNames(field.getValue(), into);
            }
        } else if (node.isArray()) {
            node.forEach(element -> fieldNames(element, into));
        }
    }
}
