package dev.orbita.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: how to authenticate, and the problem-details answers every operation may
 * give (400 with the invalid fields, 401, 403, 404, 409/412 on stale writes, 429 on throttled sign-in).
 */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI orbitaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Orbita CRM API").version("v1")
                        .description("Accounts, contacts and search of Orbita CRM. Errors are RFC 9457 problem "
                                + "details in the request's language (Accept-Language: pt-BR, pt-PT, en).")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal API token from POST /api/v1/me/api-tokens"))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OpenApiCustomizer problemAnswersInOpenApi() {
        return api -> api.getPaths().forEach((url, path) -> path.readOperations().forEach(operation -> {
            var responses = operation.getResponses();
            responses.putIfAbsent("400", problem("Invalid request: the fields named in errors[]"));
            responses.putIfAbsent("401", problem("Not authenticated"));
            responses.putIfAbsent("403", problem("Authenticated without the right"));
            responses.putIfAbsent("429", problem("HTTP Basic refused: too many failed sign-ins for the username or "
                    + "from the address; the password was not checked. Retry after Retry-After seconds."));
            if (url.contains("{")) {
                responses.putIfAbsent("404", problem("Absent, or not visible to the caller"));
            }
            if (url.contains("{") && (path.getPut() == operation || path.getPatch() == operation)) {
                responses.putIfAbsent("409", problem("Stale version in the body"));
                responses.putIfAbsent("412", problem("Stale If-Match"));
            }
        }));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema problemSchema() {
        Schema error = new Schema<>().type("object").properties(Map.of(
                "field", new Schema<>().type("string").example("emails[0].address"),
                "message", new Schema<>().type("string").example("is not a valid email address")));
        return new Schema<>().type("object").description("RFC 9457 problem details").properties(Map.of(
                "type", new Schema<>().type("string").example("https://orbita.dev/problems/validation"),
                "title", new Schema<>().type("string"),
                "status", new Schema<>().type("integer"),
                "detail", new Schema<>().type("string"),
                "instance", new Schema<>().type("string"),
                "errors", new Schema<>().type("array").items(error)));
    }
}
