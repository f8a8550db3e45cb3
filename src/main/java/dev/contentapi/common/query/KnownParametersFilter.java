package dev.contentapi.common.query;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.contentapi.common.error.FieldProblem;
import dev.contentapi.common.error.ProblemException;

/**
 * Refuses query parameters that the matched operation does not declare, repeats of those that take one value, and
 * empty values (which the server would otherwise pass on as absent). A misspelt {@code sizee=5} is a 400 problem that
 * says what is allowed, never silently ignored.
 */
public class KnownParametersFilter {

    private final Map<Method, Map<String, Boolean>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void checkQueryParameters(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, Boolean> allowed = declared.computeIfAbsent(method, KnownParametersFilter::queryParameters);
        List<FieldProblem> problems = new ArrayList<>();
        uri.getQueryParameters().forEach((name, values) -> {
            Boolean multiValued = allowed.get(name);
            if (multiValued == null) {
                problems.add(FieldProblem.parameter(name, "is not a parameter of this operation; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed.keySet()))));
            } else if (!multiValued && values.size() > 1) {
                problems.add(FieldProblem.parameter(name, "takes one value, but was given " + values.size()));
            } else if (values.stream().anyMatch(value -> value == null || value.isEmpty())) {
                problems.add(FieldProblem.parameter(name, "must not be empty"));
            }
        });
        if (!problems.isEmpty()) {
            throw ProblemException.invalidParameters(problems);
        }
    }

    /** The query parameters of an operation, each with whether it may repeat. */
    private static Map<String, Boolean> queryParameters(Method method) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.put(query.value(), repeatable(parameter.getType()));
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                beanQueryParameters(parameter.getType(), names);
            }
        }
        return Collections.unmodifiableMap(names);
    }

    private static void beanQueryParameters(Class<?> bean, Map<String, Boolean> names) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            hierarchy.add(0, type);
        }
        for (Class<?> type : hierarchy) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = annotation(field.getAnnotations(), QueryParam.class);
                if (query != null) {
                    names.put(query.value(), repeatable(field.getType()));
                } else if (field.isAnnotationPresent(BeanParam.class)) {
                    beanQueryParameters(field.getType(), names);
                }
            }
        }
    }

    private static <A extends Annotation> A annotation(Annotation[] annotations, Class<A> type) {
        for (Annotation annotation : annotations) {
            if (type.isInstance(annotation)) {
                return type.cast(annotation);
            }
        }
        return null;
    }

    private static boolean repeatable(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type);
    }
}
