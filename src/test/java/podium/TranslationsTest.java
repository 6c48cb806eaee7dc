package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linked translations, hreflang, honest fallbacks, outdated translations and the status report. */
class TranslationsTest {
  private static final String BASE = """
      -- site.yaml --
      base_url: https://example.org/
      """;

  private static final String ABOUT_SOURCE = """
      -- content/demo/en/about.md --
      ---
      title: About
      ---
      The demo congress, second edition.
      """;

  @TempDir
  Path folder;

  @Test
  void hreflangAlternatesNameEachRealTranslationAndXDefault() {
    TestSite site = TestSite.write(folder, Minimal.ALL + BASE);
    site.build();

    Document about = Jsoup.parse(site.file("demo/fr/a-propos/index.html"));

    assertThat(about.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/demo/fr/a-propos/");
    assertThat(about.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("en", "fr", "x-default");
    assertThat(about.select("link[hreflang=x-default]").attr("href")).isEqualTo("https://example.org/demo/en/about/");
  }

  @Test
  void aFallbackPageDeclaresNoHreflangAndPointsItsCanonicalAtTheSource() {
    TestSite site = TestSite.write(folder, Minimal.ALL + BASE + """
        -- content/demo/en/venue.md --
        ---
        title: Venue
        ---
        Take the tram.
        """);
    site.build();

    Document fallback = Jsoup.parse(site.file("demo/fr/venue/index.html"));
    Document source = Jsoup.parse(site.file("demo/en/venue/index.html"));

    assertThat(fallback.select("link[hreflang]")).isEmpty();
    assertThat(fallback.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/demo/en/venue/");
    assertThat(source.select("link[hreflang]").eachAttr("hreflang")).containsExactly("en", "x-default");
    assertThat(site.file("demo/sitemap.xml")).contains("https://example.org/demo/en/venue/")
        .doesNotContain("https://example.org/demo/fr/venue/");
  }

  @Test
  void sitemapValidatesAgainstTheHreflangSchemaAndRobotsNamesIt() {
    TestSite site = TestSite.write(folder, Minimal.ALL + BASE);
    site.build();

    byte[] sitemap = site.file("demo/sitemap.xml").getBytes(StandardCharsets.UTF_8);

    assertThat(Xsd.problem(Xsd.load("/schemas/sitemap/sitemap-hreflang.xsd"), sitemap)).isNull();
    assertThat(site.file("demo/sitemap.xml")).contains(
        "<loc>https://example.org/demo/fr/intervenants/ada/</loc>"
            + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/demo/en/speakers/ada/\"/>");
    assertThat(site.file("robots.txt")).contains("Sitemap: https://example.org/demo/sitemap.xml");
  }

  @Test
  void withoutBaseUrlThereAreNoAbsoluteUrlsAndNoSitemap() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.build();

    assertThat(site.exists("demo/sitemap.xml")).isFalse();
    // schema.org's vocabulary URLs name types and values in the JSON-LD, not addresses of this site
    assertThat(site.file("demo/en/index.html").replace("https://schema.org", "")).doesNotContain("https://")
        .doesNotContain("rel=\"canonical\"").doesNotContain("og:url");
  }

  @Test
  void aTranslationMadeFromAnOlderSourceIsReportedOutdated() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL + ABOUT_SOURCE + """
        -- content/demo/fr/about.md --
        ---
        title: À propos
        slug: a-propos
        source_hash: 0123456789
        ---
        Le congrès démo.
        """);

    TestSite.Run run = site.run("build");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("translations: en 3 ok · fr 1 ok, 1 missing, 1 outdated")
        .contains("  outdated translation: content/demo/fr/about.md");
    Document status = Jsoup.parse(site.file("demo/translation-status/index.html"));
    assertThat(status.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(status.select("tr:has(code:containsOwn(about)) td").eachText())
        .containsExactly("source", "outdated", TranslationAuditHash.of("The demo congress, second edition."));
    assertThat(site.file("demo/translation-status.json")).contains("\"item\" : \"about\"")
        .contains("\"fr\" : \"outdated\"");
    assertThat(site.file("demo/en/index.html")).doesNotContain("translation-status");
  }

  @Test
  void aTranslationRecordingTheCurrentSourceHashIsCurrent() {
    TestSite site = TestSite.write(folder, Minimal.ALL + ABOUT_SOURCE);
    site.build();
    String hash = Jsoup.parse(site.file("demo/translation-status/index.html"))
        .select("tr:has(code:containsOwn(about)) td code").text();
    site.add("""
        -- content/demo/fr/about.md --
        ---
        title: À propos
        source_hash: %s
        ---
        Le congrès démo, deuxième édition.
        """.formatted(hash));

    TestSite.Run run = site.run("build");

    assertThat(hash).hasSize(10);
    assertThat(run.out()).doesNotContain("outdated");
  }

  @Test
  void strictTurnsMissingAndOutdatedTranslationsIntoErrors() {
    TestSite site = TestSite.write(folder, Minimal.ALL + ABOUT_SOURCE + """
        -- content/demo/fr/about.md --
        ---
        title: À propos
        source_hash: 0123456789
        ---
        Le congrès démo.
        -- content/demo/en/venue.md --
        ---
        title: Venue
        ---
        Take the tram.
        """);

    TestSite.Run run = site.run("build", "--strict");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.problems()).containsExactly(
        "content/demo/en/venue.md:1:1: error: 'venue' is not translated into 'fr' (add content/demo/fr/venue.md)",
        "content/demo/fr/about.md:3:14: error: translation is outdated: content/demo/en/about.md has changed since "
            + "it was translated (update the translation, then set source_hash: "
            + run.problems().get(1).replaceAll(".*source_hash: (\\w+)\\)$", "$1") + ")",
        "data/demo/sessions.yaml:14:10: error: session title is not translated into 'fr' (add fr: … to its title)");
  }

  @Test
  void aConfiguredFallbackOrderPicksTheNearestLanguageBeforeTheDefault() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL.replace("languages: [en, fr]", "languages: [en, fr, it]")
        .replace("default_language: en\n", "default_language: en\nfallback:\n  it: [fr]\n") + """
        -- content/demo/en/venue.md --
        ---
        title: Venue
        ---
        Take the tram.
        -- content/demo/fr/venue.md --
        ---
        title: Lieu
        ---
        Prenez le tram.
        -- content/demo/en/hotels.md --
        ---
        title: Hotels
        ---
        Book early.
        """);
    site.writeBytes("templates/i18n/it.yaml", java.nio.file.Files.readAllBytes(Path.of("templates/i18n/en.yaml")));

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).as(run.err()).isZero();
    Document venue = Jsoup.parse(site.file("demo/it/venue/index.html"));
    assertThat(venue.select("main [lang=fr]").text()).contains("Prenez le tram.");
    Document hotels = Jsoup.parse(site.file("demo/it/hotels/index.html"));
    assertThat(hotels.select("main [lang=en]").text()).contains("Book early.");
    Document session = Jsoup.parse(site.file("demo/it/sessions/opening/index.html"));
    assertThat(session.select("h1").text()).isEqualTo("Ouverture");
    assertThat(session.select("h1 span").attr("lang")).isEqualTo("fr");
  }

  @Test
  void aFourthLanguageIsConfigurationAndOneMessageFile() throws Exception {
    String italian = java.nio.file.Files.readString(Path.of("templates/i18n/en.yaml"))
        .replace("Programme", "Programma").replace("slug_programme: programme", "slug_programme: programma")
        .replace("slug_speakers: speakers", "slug_speakers: relatori").replace("Speakers", "Relatori");
    TestSite site = TestSite.write(folder, Minimal.ALL.replace("languages: [en, fr]", "languages: [en, fr, it]"));
    site.writeBytes("templates/i18n/it.yaml", italian.getBytes(StandardCharsets.UTF_8));

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).as(run.err()).isZero();
    Document day = Jsoup.parse(site.file("demo/it/programma/2030-03-04/index.html"));
    assertThat(day.selectFirst("html").attr("lang")).isEqualTo("it");
    assertThat(day.select("h1").text()).isEqualTo("Programma: Lunedì 4 marzo 2030");
    assertThat(day.select("nav.languages a[hreflang=it], nav.languages [lang=it]").text()).isEqualTo("Italiano");
    assertThat(site.exists("demo/it/relatori/ada/index.html")).isTrue();
  }
}
