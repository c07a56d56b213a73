package cn.lianxin.onecard.app.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI description of our own REST API (/api), served by Swagger UI at /swagger-ui.html. */
@Configuration
public class OpenApiConfiguration {

    @Bean
    OpenAPI oneCardOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("One-card property back office API")
                        .version("v1")
                        .description("Archives of the system module, cards, fees, uploads, overdue and clearing. "
                                + "Every call needs HTTP Basic authentication with a back-office user."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
