package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: a small inline project built into a site, asserted on the written files. */
class BuildTest {
  @TempDir
  Path folder;

  @Test
  void buildsEveryPageOfEveryLanguage() {
    TestSite site = TestSite.write(folder, Minimal.ALL);

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(site.outputFiles()).contains(
        "index.html",
        "demo/index.html",
        "demo/en/index.html",
        "demo/en/programme/index.html",
        "demo/en/programme/2030-03-04/index.html",
        "demo/en/programme/2030-03-05/index.html",
        "demo/en/sessions/opening/index.html",
        "demo/en/sessions/workshop/index.html",
        "demo/en/speakers/index.html",
        "demo/en/speakers/ada/index.html",
        "demo/en/about/index.html",
        "demo/fr/index.html",
        "demo/fr/programme/2030-03-04/index.html",
        "demo/fr/sessions/opening/index.html",
        "demo/fr/intervenants/ada/index.html",
        "demo/fr/a-propos/index.html");
    assertThat(site.outputFiles()).anyMatch(path -> path.matches("demo/assets/css/site\\.[0-9a-f]+\\.css"))
        .anyMatch(path -> path.matches("assets/css/site\\.[0-9a-f]+\\.css"));
  }

  @Test
  void contentReachedThroughFolderLinksIsBuilt() throws Exception {
    // the pages kept in another folder of the project (a checkout shared with translators), linked as content/,
    // with one language linked from a third place; links leading out of the project are refused (PathAttacksTest)
    TestSite site = TestSite.write(folder.resolve("project"), Minimal.ALL);
    Path shared = Files.move(folder.resolve("project/content"), folder.resolve("project/shared-content"));
    Path french = Files.move(shared.resolve("demo/fr"), folder.resolve("project/french-pages"));
    Files.createSymbolicLink(shared.resolve("demo/fr"), french);
    Files.createSymbolicLink(folder.resolve("project/content"), shared);

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(site.outputFiles()).contains("demo/en/about/index.html", "demo/fr/a-propos/index.html");
  }

  @Test
  void sessionPageShowsTimeRoomSpeakersAndLanguagesInThePageLanguage() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.build();

    Document page = Jsoup.parse(site.file("demo/fr/sessions/opening/index.html"));

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Ouverture");
    assertThat(page.select("dl.facts").text())
        .contains("Lundi 4 mars 2030", "09:00", "09:30", "Europe/Paris", "Grande salle", "Politique", "Exposé",
            "anglais", "français");
    assertThat(page.select("ul.people a").attr("href")).isEqualTo("../../intervenants/ada/");
    assertThat(page.select(".summary").text()).isEqualTo("Bienvenue au congrès.");
  }

  @Test
  void languageSwitcherLeadsToTheSamePageInEachLanguage() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.build();

    Document about = Jsoup.parse(site.file("demo/en/about/index.html"));
    Document speaker = Jsoup.parse(site.file("demo/en/speakers/ada/index.html"));

    assertThat(about.select("nav.languages a[hreflang=fr]").attr("href")).isEqualTo("../../fr/a-propos/");
    assertThat(speaker.select("nav.languages a[hreflang=fr]").attr("href"))
        .isEqualTo("../../../fr/intervenants/ada/");
    assertThat(about.select("nav.languages [aria-current]").text()).isEqualTo("English");
  }

  @Test
  void jbakeHeaderAndYamlFrontMatterAreBothRead() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.build();

    assertThat(Jsoup.parse(site.file("demo/fr/a-propos/index.html")).select("main h1").text()).isEqualTo("À propos");
    assertThat(Jsoup.parse(site.file("demo/en/about/index.html")).select(".prose em").text()).isEqualTo("demo");
  }

  @Test
  void untranslatedTextFallsBackToTheDefaultLanguageMarkedWithItsLanguage() {
    TestSite site = TestSite.write(folder, Minimal.ALL + """
        -- content/demo/en/venue.md --
        ---
        title: Venue
        ---
        Take the tram.
        """);
    site.build();

    Document venue = Jsoup.parse(site.file("demo/fr/venue/index.html"));
    Document workshop = Jsoup.parse(site.file("demo/fr/sessions/workshop/index.html"));

    assertThat(venue.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(venue.select(".prose[lang=en]").text()).isEqualTo("Take the tram.");
    assertThat(venue.select(".notice.fallback").text()).contains("pas encore traduit");
    assertThat(workshop.select("h1 span[lang=en]").text()).isEqualTo("Workshop");
  }

  @Test
  void everyLinkIsRelativeExceptOnNotFoundPages() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.build();

    for (String path : site.outputFiles()) {
      if (path.endsWith(".html") && !path.endsWith("404.html")) {
        Document page = Jsoup.parse(site.file(path));
        assertThat(page.select("a[href], link[href]").eachAttr("href"))
            .as(path)
            .allSatisfy(href -> assertThat(href).doesNotStartWith("/"));
      }
    }
  }

  @Test
  void markdownCannotInjectHtmlAndYamlValuesAreEscaped() {
    TestSite site = TestSite.write(folder, Minimal.ALL + """
        -- content/demo/en/about.md --
        ---
        title: "<b>About</b>"
        ---
        <script>alert(1)</script> [click](javascript:alert%281%29)
        """);
    site.build();

    String html = site.file("demo/en/about/index.html");
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>About</b>").doesNotContain("href=\"javascript:");
    assertThat(html).contains("&lt;script&gt;", "&lt;b&gt;About&lt;/b&gt;");
  }

  @Test
  void rootIndexListsEveryEditionAndTheEditionRootOffersItsLanguages() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.build();

    Document index = Jsoup.parse(site.file("index.html"));
    Document picker = Jsoup.parse(site.file("demo/index.html"));

    assertThat(index.select("ul.editions h2 a").attr("href")).isEqualTo("demo/");
    assertThat(picker.select(".language-picker a").eachAttr("href")).containsExactly("en/", "fr/");
    assertThat(picker.select(".language-picker a").eachText()).containsExactly("English", "Français");
  }

  @Test
  void aLinkThatCouldRunScriptIsRefused() {
    TestSite site = TestSite.write(folder, Minimal.ALL.replace("""
          abstract: {en: Welcome to the congress., fr: Bienvenue au congrès.}
        """, """
          abstract: {en: Welcome to the congress., fr: Bienvenue au congrès.}
          links:
            - title: Slides
              url: "javascript:alert(document.cookie)"
        """));

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.problems()).containsExactly("data/demo/sessions.yaml:15:12: error: link to "
        + "'javascript:alert(document.cookie)' is not allowed (links must be absolute http(s) or mailto URLs)");
  }

  @Test
  void theProgrammeLinksItsOpenDataAndEverySessionItsCalendarFile() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.build();

    Document programme = Jsoup.parse(site.file("demo/fr/programme/index.html"));
    Document session = Jsoup.parse(site.file("demo/fr/sessions/opening/index.html"));

    assertThat(programme.select(".open-data a").eachAttr("href"))
        .containsExactly("../programme.ics", "../schedule.xml", "../schedule.json", "../programme.json");
    assertThat(session.select(".calendar-link a").attr("href")).isEqualTo("opening.ics");
    assertThat(site.file("demo/fr/sessions/opening/opening.ics")).contains("UID:opening@demo.podium");
    assertThat(site.outputFiles()).contains("demo/fr/schedule.xml", "demo/en/schedule.json",
        "demo/en/programme.json", "demo/en/programme/2030-03-04/2030-03-04.ics", "demo/fr/intervenants/ada/ada.ics");
  }
}
