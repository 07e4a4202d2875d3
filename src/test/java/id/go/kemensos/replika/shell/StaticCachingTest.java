package id.go.kemensos.replika.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a browser on a slow link is told about static files (ADR 0024), over real HTTP, signed out. */
@IntegrationTest
class StaticCachingTest {

    private static final Pattern BUNDLE_SCRIPT = Pattern.compile("/VAADIN/build/[\\w.-]+\\.js");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void versionedFilesAreKeptAYearAndCompressed() throws Exception {
        String page = get("/login", "identity").body();
        Matcher script = BUNDLE_SCRIPT.matcher(page);
        assertThat(script.find()).as("the page links the production bundle: %s", page).isTrue();

        HttpResponse<String> bundle = get(script.group(), "br, gzip");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Cache-Control")).hasValue(StaticCaching.VERSIONED);
        assertThat(bundle.headers().firstValue("Content-Encoding")).hasValueSatisfying(
                encoding -> assertThat(encoding).isIn("br", "gzip"));
        assertThat(bundle.headers().firstValue("Pragma")).isEmpty();
        assertThat(bundle.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void fixedNamesAreRevalidatedAndAnsweredNotModified() throws Exception {
        for (String path : new String[] {"/styles/replika.css", "/scripts/connection-recovery.js"}) {
            HttpResponse<String> first = get(path, "gzip");
            assertThat(first.statusCode()).as(path + " is served to anyone, also on the login page").isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue(StaticCaching.REVALIDATE);
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

            HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri(path))
                    .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path + " unchanged").isEqualTo(304);
        }
        assertThat(get("/styles/replika.css", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void pagesAreNeverStored() throws Exception {
        assertThat(get("/login", "gzip").headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    private HttpResponse<String> get(String path, String encodings) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", encodings).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
