package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import podium.Minimal;
import podium.TestSite;
import podium.rules.IcuMessages;
import podium.rules.MessageParts;

/**
 * Counts read right in every language: each count string of the repository's interface files, for 0, 1, 2 and
 * many, formatted by the build (ICU4J) and by the browser's script from the pieces the build ships (Intl
 * PluralRules), must both give the same, correct sentence; and the pages show them so.
 */
class PluralsTest {
  private static final int[] COUNTS = {0, 1, 2, 1500};
  /** French and German group thousands with a (narrow) no-break space and a dot, as CLDR says. */
  private static final Map<String, Map<String, List<String>>> EXPECTED = Map.of(
      "en", Map.of(
          "sessions_count", List.of("0 sessions", "1 session", "2 sessions", "1,500 sessions"),
          "speakers_count", List.of("0 speakers", "1 speaker", "2 speakers", "1,500 speakers"),
          "results_count", List.of("0 of 0 sessions shown", "1 of 1 session shown", "2 of 2 sessions shown",
              "1,500 of 1,500 sessions shown"),
          "agenda_count", List.of("No session in my agenda", "1 session in my agenda", "2 sessions in my agenda",
              "1,500 sessions in my agenda")),
      "fr", Map.of(
          "sessions_count", List.of("0 session", "1 session", "2 sessions", "1\u202f500 sessions"),
          "speakers_count", List.of("0 intervenant", "1 intervenant", "2 intervenants", "1\u202f500 intervenants"),
          "results_count", List.of("0 session affichée sur 0", "1 session affichée sur 1",
              "2 sessions affichées sur 2", "1\u202f500 sessions affichées sur 1\u202f500"),
          "agenda_count", List.of("Aucune session dans mon agenda", "1 session dans mon agenda",
              "2 sessions dans mon agenda", "1\u202f500 sessions dans mon agenda")),
      "de", Map.of(
          "sessions_count", List.of("0 Programmpunkte", "1 Programmpunkt", "2 Programmpunkte", "1.500 Programmpunkte"),
          "speakers_count", List.of("0 Referierende", "1 referierende Person", "2 Referierende", "1.500 Referierende"),
          "results_count", List.of("0 von 0 Programmpunkten angezeigt", "1 von 1 Programmpunkt angezeigt",
              "2 von 2 Programmpunkten angezeigt", "1.500 von 1.500 Programmpunkten angezeigt"),
          "agenda_count", List.of("Keine Programmpunkte in meiner Agenda", "1 Programmpunkt in meiner Agenda",
              "2 Programmpunkte in meiner Agenda", "1.500 Programmpunkte in meiner Agenda")));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ServedSite site;
  private static Browser browser;

  @BeforeAll
  static void open() {
    browser = Browser.open(1280, 900);
    site = ServedSite.get();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> strings(String language) throws IOException {
    return new ObjectMapper(new YAMLFactory()).readValue(Path.of("templates/i18n", language + ".yaml").toFile(),
        Map.class);
  }

  @Test
  void everyCountReadsRightFor0To2AndManyInEachLanguageInTheBuildAndInTheBrowser() throws IOException {
    for (String language : List.of("en", "fr", "de")) {
      Map<String, String> strings = strings(language);
      // a page in that language, so that the script's plural rules and number format are the language's
      browser.go(site.url("ecd-2015/" + language + "/"));
      for (Map.Entry<String, List<String>> key : EXPECTED.get(language).entrySet()) {
        String pattern = strings.get(key.getKey());
        String pieces = JSON.writeValueAsString(MessageParts.of(pattern));
        for (int i = 0; i < COUNTS.length; i++) {
          int n = COUNTS[i];
          Map<String, Object> values = Map.of("count", n, "shown", n, "total", n);
          String expected = key.getValue().get(i);
          assertThat(IcuMessages.format(pattern, language, values)).as(language + " " + key.getKey() + " " + n)
              .isEqualTo(expected);
          assertThat(browser.js("return Podium.message(arguments[0], {count: arguments[1], shown: arguments[1],"
              + " total: arguments[1]})", pieces, n)).as("browser: " + language + " " + key.getKey() + " " + n)
              .isEqualTo(expected);
        }
      }
    }
  }

  /**
   * An edition of its own with one speaker and one session a day (no sample edition has a single speaker): the
   * home page counts both in the singular, German's "1 referierende Person" included, and the total in the plural.
   */
  @Test
  void theHomePageCountsTheOneSpeakerAndEachDaysOneSessionInTheSingular(@TempDir Path folder) throws IOException {
    TestSite project = TestSite.write(folder, Minimal.ALL);
    project.add(Minimal.EDITION.replace("languages: [en, fr]", "languages: [en, fr, de]"));
    assertThat(project.build().exitCode()).isZero();
    ServedSite own = ServedSite.of(project.output());
    try {
      Map<String, List<String>> expected = Map.of(
          "en", List.of("2 sessions · 1 speaker", "(1 session)"),
          "fr", List.of("2 sessions · 1 intervenant", "(1 session)"),
          "de", List.of("2 Programmpunkte · 1 referierende Person", "(1 Programmpunkt)"));
      expected.forEach((language, texts) -> {
        browser.go(own.url("demo/" + language + "/"));
        assertThat(browser.find(".days-overview p").getText()).as(language).isEqualTo(texts.get(0));
        assertThat(browser.all(".days-overview .day-list .count").stream().map(WebElement::getText))
            .as(language).containsExactly(texts.get(1), texts.get(1));
      });
    } finally {
      own.stop();
    }
  }

  @Test
  void oneSearchResultIsCountedInTheSingularOnTheProgramme() {
    Map<String, String> expected = Map.of("en", "programme/", "fr", "programme/", "de", "programm/");
    Map<String, String> shown = Map.of("en", "1 of 26 sessions shown", "fr", "1 session affichée sur 26",
        "de", "1 von 26 Programmpunkten angezeigt");
    expected.forEach((language, slug) -> {
      browser.go(site.url("ecd-2015/" + language + "/" + slug + "?q=mecaloire"));
      assertThat(browser.visible("main .session")).isEqualTo(1);
      assertThat(browser.find(".result-count").getText()).isEqualTo(shown.get(language));
    });
  }
}
