package podium.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import podium.rules.MediaTypes;

/**
 * What a web server must do with the configuration the build writes for it, asked over HTTP of the real
 * server: two of them, one serving a site at its root, one a site under {@code /congresses/}. A subclass
 * names the server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaticHostContract {
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private Path folder;
  private HostedSite site;
  private HostedSite subPathSite;
  private ServerProcess server;
  private ServerProcess subPathServer;

  private final Host host;

  StaticHostContract(Host host) {
    this.host = host;
  }

  @BeforeAll
  void startServers() throws IOException, InterruptedException {
    host.require();
    // readable by all: a server started as root reads the site as an unprivileged user
    folder = Files.createTempDirectory("podium-" + getClass().getSimpleName(),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    site = HostedSite.build(folder.resolve("root"), "/");
    subPathSite = HostedSite.build(folder.resolve("sub-path"), "/congresses/");
    server = host.serve(site, folder.resolve("root/server"));
    subPathServer = host.serve(subPathSite, folder.resolve("sub-path/server"));
  }

  @AfterAll
  void stopServers() throws IOException {
    for (ServerProcess running : new ServerProcess[] {server, subPathServer}) {
      if (running != null) {
        running.close();
      }
    }
    if (folder != null) {
      try (var files = Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }

  private HttpResponse<byte[]> get(String relative) {
    return Http.get(server.url(site.path(relative)));
  }

  @Test
  void everyTypeOfTheMediaTypeTableIsServedWithIt() {
    SoftAssertions softly = new SoftAssertions();
    MediaTypes.byExtension().forEach((extension, type) -> {
      HttpResponse<byte[]> response = get(site.fingerprinted("media/sample." + extension));
      softly.assertThat(response.statusCode()).as(extension).isEqualTo(200);
      softly.assertThat(response.headers().firstValue("Content-Type")).as(extension).hasValue(type);
    });
    softly.assertAll();
  }

  @Test
  void pagesStylesCalendarsAndDataHaveTheirTypes() {
    Map<String, String> types = Map.of("demo/en/about/", "text/html; charset=utf-8",
        site.fingerprinted("css/site.css"), "text/css; charset=utf-8",
        site.fingerprinted("js/core.js"), "text/javascript; charset=utf-8",
        "demo/en/programme.ics", "text/calendar; charset=utf-8", "demo/sitemap.xml", "application/xml",
        "demo/en/programme.json", "application/json", "demo/en/schedule.xml", "application/xml",
        "demo/assets/editors-logo.svg", "image/svg+xml");
    types.forEach((path, type) -> assertThat(get(path).headers().firstValue("Content-Type")).as(path).hasValue(type));
  }

  @Test
  void everyResponseCarriesTheSecurityHeadersOfHeadersFileOnce() {
    Map<String, String> expected = HeadersFile.parse(new String(site.bytes("_headers"))).rules().get(0).headers();
    assertThat(expected).containsKeys("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
        "Permissions-Policy", "Strict-Transport-Security").containsEntry("X-Content-Type-Options", "nosniff");
    assertThat(expected.get("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe");
    for (String path : List.of("", "demo/en/", "demo/en/programme", site.fingerprinted("css/site.css"),
        site.fingerprinted("media/sample.woff2"), "demo/en/programme.ics", "demo/nope", "nope", "_headers")) {
      HttpResponse<byte[]> response = get(path);
      expected.forEach((name, value) -> assertThat(Http.only(response, name)).as(path + " " + name).isEqualTo(value));
    }
  }

  @Test
  void onlyFingerprintedFilesAreCachedForAYear() {
    assertThat(Http.only(get(site.fingerprinted("css/site.css")), "Cache-Control")).isEqualTo(IMMUTABLE);
    assertThat(Http.only(get(site.only("assets/css/site\\.[0-9a-f]{10}\\.css")), "Cache-Control")).isEqualTo(IMMUTABLE);
    // the offline worker above all: a browser must see its new version at once
    for (String path : List.of("", "demo/en/", "demo/en/sw.js", "demo/en/programme.ics",
        "demo/assets/editors-logo.svg", "demo/nope", "demo/assets/css/site.0123456789.css")) {
      assertThat(Http.only(get(path), "Cache-Control")).as(path).isEqualTo("no-cache");
    }
  }

  @Test
  void cleanUrlsServeTheFoldersPageAndAddTheMissingSlash() {
    HttpResponse<byte[]> page = get("demo/en/programme/");
    HttpResponse<byte[]> bare = get("demo/en/programme");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).isEqualTo(site.bytes("demo/en/programme/index.html"));
    assertThat(bare.statusCode()).isEqualTo(301);
    assertThat(bare.uri().resolve(bare.headers().firstValue("Location").orElseThrow()))
        .isEqualTo(URI.create(server.url("/demo/en/programme/")));
  }

  /** A path below a language gets that language's 404 page; any other path of an edition its edition's. */
  @Test
  void unknownPathsGetTheirLanguagesOrElseTheirEditionsNotFoundPage() {
    for (String path : List.of("demo/nope", "demo/assets/css/nope.css", "demo/de/nope")) {
      HttpResponse<byte[]> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).isEqualTo(site.bytes("demo/404.html"));
    }
    for (String path : List.of("demo/fr/nope", "demo/fr/programme/nope/", "demo/en/nope/")) {
      HttpResponse<byte[]> response = get(path);
      String language = path.substring("demo/".length(), "demo/".length() + 2);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).isEqualTo(site.bytes("demo/" + language + "/404.html"));
      assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).as(path)
          .contains("<html lang=\"" + language + "\"");
    }
    assertThat(new String(get("demo/fr/nope").body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Page introuvable").doesNotContain("Page not found");
    assertThat(get("nope").statusCode()).isEqualTo(404);
    assertThat(get("nope").body()).isEqualTo(site.bytes("404.html"));
  }

  @Test
  void hostConfigurationFilesAreNotServed() {
    for (String path : List.of("_headers", "_redirects", "nginx.conf", ".htaccess")) {
      assertThat(get(path).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void precompressedFilesGoToClientsThatAcceptThem() {
    for (String path : List.of("demo/en/programme/index.html", site.fingerprinted("css/site.css"),
        "demo/en/programme.ics")) {
      HttpResponse<byte[]> gzip = Http.get(server.url(site.path(path)), "gzip");
      HttpResponse<byte[]> plain = Http.get(server.url(site.path(path)), "identity");

      assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
      assertThat(gzip.body()).as(path).isEqualTo(site.bytes(path + ".gz"));
      assertThat(gzip.headers().firstValue("Content-Type")).isEqualTo(plain.headers().firstValue("Content-Type"));
      assertThat(gzip.headers().allValues("Vary")).as(path).anyMatch(vary -> vary.contains("Accept-Encoding"));
      assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
      assertThat(plain.body()).as(path).isEqualTo(site.bytes(path));
    }
  }

  @Test
  void brotliFilesGoToClientsThatAcceptBrotli() {
    host.requireBrotli();
    String page = "demo/en/programme/index.html";
    HttpResponse<byte[]> response = Http.get(server.url(site.path("demo/en/programme/")), "gzip, deflate, br");

    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("br");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(response.body()).isEqualTo(site.bytes(page + ".br"));
  }

  @Test
  void aSiteUnderASubPathIsServedTheSameWay() {
    HttpResponse<byte[]> page = Http.get(subPathServer.url("/congresses/demo/en/programme/"));
    HttpResponse<byte[]> bare = Http.get(subPathServer.url("/congresses/demo/en/programme"));
    HttpResponse<byte[]> missing = Http.get(subPathServer.url("/congresses/demo/nope"));
    HttpResponse<byte[]> missingInFrench = Http.get(subPathServer.url("/congresses/demo/fr/nope"));
    HttpResponse<byte[]> asset = Http.get(subPathServer.url(subPathSite.path(subPathSite.fingerprinted("css/site.css"))));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).isEqualTo(subPathSite.bytes("demo/en/programme/index.html"));
    assertThat(Http.only(page, "Cache-Control")).isEqualTo("no-cache");
    assertThat(bare.statusCode()).isEqualTo(301);
    assertThat(bare.uri().resolve(bare.headers().firstValue("Location").orElseThrow()).getPath())
        .isEqualTo("/congresses/demo/en/programme/");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo(subPathSite.bytes("demo/404.html"));
    assertThat(Http.only(missing, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(missingInFrench.statusCode()).isEqualTo(404);
    assertThat(missingInFrench.body()).isEqualTo(subPathSite.bytes("demo/fr/404.html"));
    assertThat(Http.only(missingInFrench, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(Http.only(asset, "Cache-Control")).isEqualTo(IMMUTABLE);
    assertThat(asset.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
  }
}
