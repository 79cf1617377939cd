package org.globaloffice.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The read API, {@code /globaloffice/api/v1/…}: JSON, HTTP Basic or the browser's session, same rules as the pages. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "GlobalOffice API", version = "1",
                description = "Read endpoints of GlobalOffice. Every answer is limited to the caller's scope: a caller"
                        + " bound to a school sees that school only; a record outside the scope is 404."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
