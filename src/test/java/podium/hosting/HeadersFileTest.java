package podium.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * {@code _headers} as Netlify and Cloudflare Pages apply it: every rule whose path matches a request adds
 * its headers, so a header given by two matching rules is sent twice (Cloudflare joins the values). Checked
 * for every file the site publishes.
 */
class HeadersFileTest {
  private static final List<String> SECURITY = List.of("Content-Security-Policy", "X-Content-Type-Options",
      "Referrer-Policy", "Permissions-Policy", "Strict-Transport-Security");

  @TempDir
  Path folder;

  @Test
  void everyFileGetsEachHeaderOnceAndOnlyFingerprintedFilesTheLongCache() throws IOException {
    HostedSite site = HostedSite.build(folder, "/congresses/");
    HeadersFile headers = HeadersFile.parse(Files.readString(site.output.resolve("_headers")));
    List<String> files;
    try (Stream<Path> walk = Files.walk(site.output)) {
      files = walk.filter(Files::isRegularFile).map(file -> site.output.relativize(file).toString())
          .filter(path -> !path.endsWith(".gz") && !path.endsWith(".br")).toList();
    }

    SoftAssertions softly = new SoftAssertions();
    for (String file : files) {
      Map<String, List<String>> sent = headers.headersFor(site.path(file));
      SECURITY.forEach(name -> softly.assertThat(sent.get(name)).as(file + " " + name).hasSize(1));
      boolean fingerprinted = file.matches("(?:demo/)?assets/.+\\.[0-9a-f]{10}\\.[a-z0-9]+");
      softly.assertThat(sent.get("Cache-Control")).as(file)
          .isEqualTo(fingerprinted ? List.of(StaticHostContract.IMMUTABLE) : null);
      softly.assertThat(sent.getOrDefault("Content-Type", List.of())).as(file).hasSizeLessThan(2);
      if (file.endsWith(".ics")) {
        softly.assertThat(sent.get("Content-Type")).as(file).containsExactly("text/calendar; charset=utf-8");
      }
    }
    assertThat(files.stream().filter(file -> file.endsWith(".ics")).count()).as("programme, day, session, speaker")
        .isGreaterThan(4);
    softly.assertAll();
    assertThat(files).contains("demo/assets/editors-logo.svg").anyMatch(file -> file.startsWith("demo/assets/css/"));
    assertThat(headers.headersFor("/congresses/demo/en/programme.ics").get("Content-Type"))
        .containsExactly("text/calendar; charset=utf-8");
  }

  @Test
  void withoutAnEditorsFileInAssetsOneRuleCoversTheFolder() throws IOException {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    assertThat(site.build().exitCode()).isZero();

    HeadersFile headers = HeadersFile.parse(site.file("_headers"));

    assertThat(headers.rules()).extracting(HeadersFile.Rule::path).contains("/assets/*", "/demo/assets/*");
  }

  @Test
  void strictTransportSecurityOnlyForAnHttpsSite() {
    TestSite http = TestSite.write(folder.resolve("http"), Minimal.ALL + "-- site.yaml --\nbase_url: http://example.org/\n");
    TestSite none = TestSite.write(folder.resolve("none"), Minimal.ALL);
    assertThat(http.build().exitCode()).isZero();
    assertThat(none.build().exitCode()).isZero();

    for (TestSite site : List.of(http, none)) {
      Map<String, String> all = HeadersFile.parse(site.file("_headers")).rules().get(0).headers();
      assertThat(all).containsKey("Permissions-Policy").doesNotContainKey("Strict-Transport-Security");
      assertThat(site.file("nginx.conf")).contains("Permissions-Policy").doesNotContain("Strict-Transport-Security");
      assertThat(site.file(".htaccess")).contains("Permissions-Policy").doesNotContain("Strict-Transport-Security");
    }
  }
}
