package dev.contentapi.common.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

import dev.contentapi.common.http.MergePatch;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives each {@code application/merge-patch+json} body a schema of its own. A merge patch (RFC 7396) names only the
 * properties to change, and {@code null} removes one's value, so it is not the full request: the schema of
 * {@code ArticleRequest} becomes {@code ArticlePatch}, with the same properties, each also {@code null}, and none
 * required.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class MergePatchSchemasFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            RequestBody body = operation.getRequestBody();
            MediaType patch = body == null || body.getContent() == null ? null
                    : body.getContent().getMediaType(MergePatch.MEDIA_TYPE);
            if (patch == null || patch.getSchema() == null || patch.getSchema().getRef() == null
                    || !patch.getSchema().getRef().startsWith(SCHEMAS)) {
                return;
            }
            String name = patch.getSchema().getRef().substring(SCHEMAS.length());
            Schema target = schemas.get(name);
            if (target == null || target.getRequired() == null || target.getRequired().isEmpty()) {
                return; // already a schema of changes (nothing required)
            }
            String patchName = name.replaceFirst("Request$", "") + "Patch";
            if (!schemas.containsKey(patchName)) {
                openAPI.getComponents().addSchema(patchName, patchOf(name, target));
            }
            patch.setSchema(OASFactory.createSchema().ref(patchName));
        }));
    }

    private static Schema patchOf(String name, Schema target) {
        Schema patch = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 7396 merge patch of " + name + ": only the properties to change; null removes a "
                        + "property's value.");
        if (target.getAdditionalPropertiesBoolean() != null) {
            patch.setAdditionalPropertiesBoolean(target.getAdditionalPropertiesBoolean());
        } else if (target.getAdditionalPropertiesSchema() != null) {
            patch.setAdditionalPropertiesSchema(target.getAdditionalPropertiesSchema());
        }
        if (target.getProperties() != null) {
            target.getProperties().forEach((property, schema) -> patch.addProperty(property, orNull(schema)));
        }
        return patch;
    }

    private static Schema orNull(Schema schema) {
        Schema none = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
        boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                || schema.getAnyOf() != null && schema.getAnyOf().stream()
                        .anyMatch(alternative -> List.of(Schema.SchemaType.NULL).equals(alternative.getType()));
        return nullable ? schema : OASFactory.createSchema().addAnyOf(schema).addAnyOf(none);
    }
}
