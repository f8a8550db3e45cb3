package dev.contentapi.common.openapi;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import dev.contentapi.common.query.FilterValues;
import dev.contentapi.common.query.ParameterDocs;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States in the schema of every parameter the bounds the API holds it to, where its annotation does not say more: a
 * query or path value is at most as long as the whole URI may be ({@code content.http.max-uri-length}, else 414), a
 * header at most as large as all header fields may be ({@code content.http.max-header-size}, else 431); a repeatable
 * filter takes at most {@link FilterValues#MAX_VALUES} values, as its description says, and any other list at most as
 * many as fit in the URI; an integer is an int32 when its maximum allows, otherwise an int64 of at most
 * {@link Long#MAX_VALUE} (ids). Clients, fuzzers and linters then know them without reading prose.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class InputLimitsFilter implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getRef() != null || schema == null || parameter.getIn() == null) {
            return parameter;
        }
        long length = parameter.getIn() == Parameter.In.HEADER
                ? ConfigProvider.getConfig().getValue("content.http.max-header-size", MemorySize.class).asLongValue()
                : ConfigProvider.getConfig().getValue("content.http.max-uri-length", Integer.class);
        if (is(schema, Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            boolean filter = parameter.getDescription() != null
                    && parameter.getDescription().contains(ParameterDocs.REPEATABLE);
            // each value takes at least "name=" and one character, and an "&" between values
            schema.setMaxItems(filter ? FilterValues.MAX_VALUES
                    : (int) Math.max(1, length / (parameter.getName().length() + 3)));
        }
        bound(schema, length);
        if (schema.getItems() != null) {
            bound(schema.getItems(), length);
        }
        return parameter;
    }

    private static void bound(Schema schema, long length) {
        if (schema.getRef() != null) {
            return;
        }
        if (is(schema, Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.getConstValue() == null) {
            schema.setMaxLength((int) Math.min(length, Integer.MAX_VALUE));
        }
        if (is(schema, Schema.SchemaType.INTEGER)) {
            boolean int32 = schema.getMaximum() != null
                    && schema.getMaximum().longValue() <= Integer.MAX_VALUE;
            if (schema.getFormat() == null) {
                schema.setFormat(int32 ? "int32" : "int64");
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(new java.math.BigDecimal(Long.MAX_VALUE));
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(new java.math.BigDecimal(Long.MIN_VALUE));
            }
        }
    }

    private static boolean is(Schema schema, Schema.SchemaType type) {
        List<Schema.SchemaType> types = schema.getType();
        return types != null && types.contains(type);
    }
}
