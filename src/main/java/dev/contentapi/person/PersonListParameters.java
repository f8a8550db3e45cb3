package dev.contentapi.person;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.contentapi.common.query.FilterValues;
import dev.contentapi.common.query.ListParameters;
import dev.contentapi.common.query.ParameterDocs;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.query.TextParameter;

/** The query parameters of the people list: paging, sort, include and the filters. */
public class PersonListParameters extends ListParameters {

    @QueryParam("sort")
    @Parameter(description = ParameterDocs.SORT + "name (the sort name), updatedAt. Default: name.", example = "name")
    public String sort;

    @BeanParam
    public PersonFields fields = new PersonFields();

    @QueryParam("include")
    @Parameter(description = ParameterDocs.INCLUDE + "credits.film.", example = "credits.film")
    public String include;

    @QueryParam("q")
    @Parameter(description = ParameterDocs.Q
            + "name, sort name and biographies (not stemmed).", example = "hernandez", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = TextParameter.MAX_LENGTH))
    public String q;

    @QueryParam("role")
    @Parameter(description = "People with this role or occupation, lower case. "
            + ParameterDocs.REPEATABLE, example = "[\"astronaut\"]")
    public List<String> role;

    PersonFilter filter(ParameterErrors errors) {
        String words = errors.check(() -> TextParameter.parse(q, false));
        return new PersonFilter(words, errors.check(() -> FilterValues.words("role", role)));
    }
}
