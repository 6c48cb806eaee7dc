package podium;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What static hosts need: 404 pages, headers, redirects, precompressed files, atomic publishing. */
class PublishingTest {
  @TempDir
  Path folder;

  @Test
  void notFoundPagesUseRootAbsoluteLinksBecauseTheyAreServedAtAnyDepth() {
    TestSite site = TestSite.write(folder, Minimal.ALL + """
        -- site.yaml --
        base_url: https://example.org/congresses/
        """);
    site.build();

    Document root = Jsoup.parse(site.file("404.html"));
    Document edition = Jsoup.parse(site.file("demo/404.html"));

    assertThat(root.select("link[rel=stylesheet]").attr("href")).matches("/congresses/assets/css/site\\.\\w+\\.css");
    assertThat(root.select("main a").eachAttr("href")).contains("/congresses/demo/", "/congresses/demo/fr/");
    assertThat(edition.select("link[rel=stylesheet]").attr("href"))
        .matches("/congresses/demo/assets/css/site\\.\\w+\\.css");
    assertThat(edition.select("main a[hreflang=fr]").attr("href")).isEqualTo("/congresses/demo/fr/");
    assertThat(edition.select("meta[name=robots]").attr("content")).isEqualTo("noindex");

    // a language's own page, in its language only, served below /congresses/demo/fr/
    Document french = Jsoup.parse(site.file("demo/fr/404.html"));
    assertThat(french.select("html").attr("lang")).isEqualTo("fr");
    assertThat(french.select("h1").text()).isEqualTo("Page introuvable");
    assertThat(french.select(".not-found-notice")).isEmpty();
    assertThat(french.select("link[rel=stylesheet]").attr("href"))
        .matches("/congresses/demo/assets/css/site\\.\\w+\\.css");
    assertThat(french.select("main a[hreflang=en]").attr("href")).isEqualTo("/congresses/demo/en/");
    assertThat(french.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
  }

  @Test
  void headersSetAStrictPolicyAndCachingAndRedirectsFixSectionWordsOfAnotherLanguage() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.build();

    String headers = site.file("_headers");

    assertThat(headers).contains("/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; "
        + "style-src 'self';").doesNotContain("unsafe-inline");
    assertThat(headers).contains("/demo/assets/*\n  Cache-Control: public, max-age=31536000, immutable");
    assertThat(headers).contains("/demo/fr/programme.ics\n  Content-Type: text/calendar; charset=utf-8");
    assertThat(site.file("_redirects")).contains("/demo/fr/speakers/*  /demo/fr/intervenants/:splat  301");
  }

  @Test
  void textFilesArePrecompressedWithTheOriginalsModificationTime() throws IOException {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.build();
    Path page = site.output().resolve("demo/en/index.html");
    byte[] original = Files.readAllBytes(page);

    byte[] gunzipped;
    try (var in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(page.resolveSibling("index.html.gz"))))) {
      gunzipped = in.readAllBytes();
    }
    Brotli4jLoader.ensureAvailability();
    byte[] unbrotlied = Decoder.decompress(Files.readAllBytes(page.resolveSibling("index.html.br"))).getDecompressedData();

    assertThat(gunzipped).isEqualTo(original);
    assertThat(unbrotlied).isEqualTo(original);
    assertThat(Files.getLastModifiedTime(page.resolveSibling("index.html.br")))
        .isEqualTo(Files.getLastModifiedTime(page));
    assertThat(site.outputFiles()).anyMatch(path -> path.matches("demo/assets/css/site\\.\\w+\\.css\\.gz"))
        .doesNotContain("_headers.gz");
  }

  @Test
  void assetsArePublishedUnderContentHashedNamesThatPagesLinkTo() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.build();
    String before = Jsoup.parse(site.file("demo/en/index.html")).select("link[rel=stylesheet]").attr("href");
    site.add("""
        -- assets/css/site.css --
        body { color: black; }
        """);
    site.build();
    String after = Jsoup.parse(site.file("demo/en/index.html")).select("link[rel=stylesheet]").attr("href");

    assertThat(before).matches("\\.\\./assets/css/site\\.[0-9a-f]{10}\\.css");
    assertThat(after).matches("\\.\\./assets/css/site\\.[0-9a-f]{10}\\.css").isNotEqualTo(before);
    assertThat(site.file("demo/assets/" + after.substring("../assets/".length()))).contains("color: black");
    assertThat(site.outputFiles()).doesNotContain("demo/assets/css/site.css")
        .contains("favicon.ico", "demo/favicon.ico");
  }

  @Test
  void fileLinksNameTheirIndexSoTheSiteCanBeBrowsedFromDisk() {
    TestSite site = TestSite.write(folder, Minimal.ALL);

    site.run("build", "--quiet", "--file-links");

    Document page = Jsoup.parse(site.file("demo/fr/sessions/opening/index.html"));
    assertThat(page.select("nav.main-nav a").eachAttr("href")).first().isEqualTo("../../index.html");
    assertThat(page.select("ul.people a").attr("href")).isEqualTo("../../intervenants/ada/index.html");
    assertThat(SiteLinks.broken(site.output())).isEmpty();
  }

  @Test
  void noCompressLeavesThemOut() {
    TestSite site = TestSite.write(folder, Minimal.ALL);

    site.run("build", "--quiet", "--no-compress");

    assertThat(site.outputFiles()).noneMatch(path -> path.endsWith(".gz") || path.endsWith(".br"));
  }

  @Test
  void publishReplacesTheTargetFolderAndRemovesStaleFiles() throws IOException {
    TestSite site = TestSite.write(folder, Minimal.ALL + """
        -- content/demo/en/old.md --
        ---
        title: Old
        ---
        Soon gone.
        """);
    site.build();
    Path published = folder.resolve("www");
    assertThat(site.run("publish", "--to", published.toString()).exitCode()).isZero();
    assertThat(published.resolve("demo/en/old/index.html")).exists();
    Files.delete(folder.resolve("content/demo/en/old.md"));
    site.build();

    TestSite.Run run = site.run("publish", "--to", published.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(published.resolve("demo/en/old")).doesNotExist();
    assertThat(published.resolve("demo/en/index.html")).hasSameBinaryContentAs(site.output().resolve("demo/en/index.html"));
    assertThat(Files.getLastModifiedTime(published.resolve("demo/en/index.html")).toMillis())
        .isEqualTo(Files.getLastModifiedTime(site.output().resolve("demo/en/index.html")).toMillis());
    assertThat(run.out()).startsWith("published ");
  }

  @Test
  void publishWithoutABuildSaysWhatToDo() {
    TestSite site = TestSite.write(folder, Minimal.ALL);

    TestSite.Run run = site.run("publish", "--to", folder.resolve("www").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("podium: nothing to publish in " + site.output() + ": run 'build' first");
  }
}
