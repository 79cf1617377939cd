package org.globaloffice.web.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A caller of the deployed application over HTTP with Basic authentication, as a REST client would be. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URL base;
    private final String authorization;

    private Api(URL base, String authorization) {
        this.base = loopback(base);
        this.authorization = authorization;
    }

    /** The test server listens on the loopback interface only; Arquillian names the machine's own address. */
    private static URL loopback(URL url) {
        try {
            return new URL(url.getProtocol(), "127.0.0.1", url.getPort(), url.getPath());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }

    static Api as(URL base, String username, String password) {
        return new Api(base, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A demo account, whose password is its username followed by -demo-2026. */
    static Api demo(URL base, String username) {
        return as(base, username, username + "-demo-2026");
    }

    static Api anonymous(URL base) {
        return new Api(base, null);
    }

    /** The Set-Cookie header a GET of the page answers with. */
    String cookieOf(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).headers().firstValue("Set-Cookie")
                    .orElse("");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response get(String path) {
        return send("GET", path, Map.of());
    }

    Response post(String path, Map<String, ?> form) {
        return send("POST", path, form);
    }

    Response put(String path, Map<String, ?> form) {
        return send("PUT", path, form);
    }

    Response delete(String path, Map<String, ?> form) {
        return send("DELETE", path, form);
    }

    /** POSTs the bytes as the request body, the form as the query. */
    Response postBytes(String path, Map<String, ?> form, byte[] body) {
        return send("POST", path, form, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** The body of a GET as bytes, for files; fails on any status but 200. */
    byte[] bytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(60)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response send(String method, String path, Map<String, ?> form) {
        return send(method, path, form, HttpRequest.BodyPublishers.noBody());
    }

    private Response send(String method, String path, Map<String, ?> form, HttpRequest.BodyPublisher body) {
        String query = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String target = base.toString().replaceAll("/$", "") + path
                + (query.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(60))
                .method(method, body).header("Content-Type", "application/octet-stream");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + target, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body, String contentType) {

        jakarta.json.JsonObject json() {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                return reader.readObject();
            }
        }

        jakarta.json.JsonArray jsonArray() {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
                return reader.readArray();
            }
        }
    }
}
