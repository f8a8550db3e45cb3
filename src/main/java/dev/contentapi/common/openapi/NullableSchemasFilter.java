package dev.contentapi.common.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Makes a nullable reference say so. For {@code @Schema(nullable = true)} on a property whose type is another schema,
 * SmallRye writes {@code anyOf: [{$ref}, {type: "null"}]} but keeps a {@code type} beside it (sometimes without
 * {@code "null"}, so that null fails it). The {@code anyOf} says all there is to say; the {@code type} beside it goes.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableSchemasFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (schema.getType() != null && anyOf != null && anyOf.stream().anyMatch(NullableSchemasFilter::isNull)) {
            schema.setType(null);
        }
        return schema;
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
