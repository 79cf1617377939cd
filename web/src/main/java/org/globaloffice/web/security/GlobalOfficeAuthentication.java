package org.globaloffice.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;

/**
 * One authentication mechanism for the whole application: a form sign-in for the pages, kept in the HTTP session,
 * and HTTP Basic for the REST API under {@code /api/}, kept in no session. Both ask the same identity store.
 * <p>
 * A page that needs a signed-in user redirects to the sign-in page with the page to continue to; a JSF Ajax request
 * whose session has expired gets a partial-response redirect, so the browser lands on the sign-in page instead of
 * an Ajax error.
 */
@ApplicationScoped
public class GlobalOfficeAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String CONTINUE_PARAMETER = "continue";
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    RecentCredentials recentCredentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(credential, context);
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            // signed in earlier in this session
            return context.notifyContainerAboutLogin(signedIn, Set.of());
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return challenge(response, context);
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String username = decoded.substring(0, colon);
                String password = decoded.substring(colon + 1);
                CredentialValidationResult result = recentCredentials.lookup(username, password);
                if (result == null) {
                    result = identityStores.validate(new UsernamePasswordCredential(username, password));
                    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                        recentCredentials.remember(username, password, result);
                    }
                }
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                recentCredentials.forget(username);
            }
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"GlobalOffice\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        String login = request.getContextPath() + LOGIN_PAGE
                + ("/".equals(target) || ajax || !"GET".equals(request.getMethod()) ? ""
                        : "?" + CONTINUE_PARAMETER + "=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        if (ajax) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** A page to continue to after signing in: only a path inside this application, never another site. */
    public static String safeContinueTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.startsWith(LOGIN_PAGE)) {
            return null;
        }
        return target;
    }
}
