package dev.orbita.web.export;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description of list exports. A list's export handler (a {@code GET} producing the export
 * media types on the path of the JSON list, hidden from springdoc, which would merge the two operations
 * into one and lose one of them) is described on the JSON list's operation: its file answers, its rules
 * and its {@code columns} parameter, whose description the handler's {@code @Parameter} gives.
 */
@Component
class ExportDocumentation implements OpenApiCustomizer {

    static final String RULES = "With Accept: text/csv or " + ExportFormat.XLSX_VALUE + ": the whole filtered "
            + "list as a file, streamed. Same filters and sort as the JSON list; page, size and after are refused "
            + "(400); columns picks the columns (default: those the list shows). CSV is UTF-8 with a BOM, "
            + "';'-separated for pt-BR and pt-PT and ','-separated otherwise, with headers in the Accept-Language.";

    private final ApplicationContext context;

    ExportDocumentation(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void customise(OpenAPI api) {
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                if (exports(info)) {
                    info.getPatternValues().forEach(pattern -> describe(api, pattern, handler));
                }
            });
        }
    }

    private static boolean exports(RequestMappingInfo info) {
        return info.getProducesCondition().getProducibleMediaTypes().contains(ExportFormat.CSV.mediaType())
                && info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation
                        .RequestMethod.GET);
    }

    private static void describe(OpenAPI api, String pattern, HandlerMethod handler) {
        PathItem path = api.getPaths() == null ? null : api.getPaths().get(pattern);
        Operation list = path == null ? null : path.getGet();
        if (list == null) {
            return;
        }
        list.setDescription(list.getDescription() == null ? RULES : list.getDescription() + " " + RULES);
        ApiResponse ok = list.getResponses().computeIfAbsent("200", code -> new ApiResponse().description("OK"));
        if (ok.getContent() == null) {
            ok.setContent(new Content());
        }
        MediaType json = ok.getContent().remove("*/*"); // the list's JSON, which is no longer any type
        if (json != null) {
            ok.getContent().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json);
        }
        ok.getContent().addMediaType(ExportFormat.CSV_VALUE, new MediaType().schema(new StringSchema()));
        ok.getContent().addMediaType(ExportFormat.XLSX_VALUE, new MediaType().schema(new StringSchema()
                .format("binary")));
        if (list.getParameters() == null) {
            list.setParameters(new ArrayList<>());
        }
        if (list.getParameters().stream().noneMatch(p -> "columns".equals(p.getName()))) {
            list.addParametersItem(new Parameter().in("query").name("columns").required(false)
                    .schema(new StringSchema()).description("Export only: the columns, comma-separated"
                            + columnKeys(handler)));
        }
    }

    /** The keys the handler's {@code columns} parameter documents, if it does. */
    private static String columnKeys(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            var doc = parameter.getParameterAnnotation(io.swagger.v3.oas.annotations.Parameter.class);
            if ("columns".equals(parameter.getParameterName()) && doc != null && !doc.description().isBlank()) {
                return ": " + doc.description();
            }
        }
        return "";
    }
}
