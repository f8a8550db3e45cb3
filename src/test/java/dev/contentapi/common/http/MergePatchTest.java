package dev.contentapi.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The examples of RFC 7396, Appendix A: original, patch, result. */
class MergePatchTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":\"b\"}           | {\"a\":\"c\"}             | {\"a\":\"c\"}",
            "{\"a\":\"b\"}           | {\"b\":\"c\"}             | {\"a\":\"b\",\"b\":\"c\"}",
            "{\"a\":\"b\"}           | {\"a\":null}              | {}",
            "{\"a\":\"b\",\"b\":\"c\"} | {\"a\":null}            | {\"b\":\"c\"}",
            "{\"a\":[\"b\"]}         | {\"a\":\"c\"}             | {\"a\":\"c\"}",
            "{\"a\":\"c\"}           | {\"a\":[\"b\"]}           | {\"a\":[\"b\"]}",
            "{\"a\":{\"b\":\"c\"}}   | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
            "{\"a\":[{\"b\":\"c\"}]} | {\"a\":[1]}               | {\"a\":[1]}",
            "[\"a\",\"b\"]           | [\"c\",\"d\"]             | [\"c\",\"d\"]",
            "{\"a\":\"b\"}           | [\"c\"]                   | [\"c\"]",
            "{\"a\":\"foo\"}         | null                      | null",
            "{\"a\":\"foo\"}         | \"bar\"                   | \"bar\"",
            "{\"e\":null}            | {\"a\":1}                 | {\"e\":null,\"a\":1}",
            "[1,2]                   | {\"a\":\"b\",\"c\":null}  | {\"a\":\"b\"}",
            "{}                      | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}" })
    void appliesTheRfcExamples(String original, String patch, String result) throws Exception {
        assertThat(MergePatch.apply(json.readTree(original), json.readTree(patch))).isEqualTo(json.readTree(result));
    }
}
