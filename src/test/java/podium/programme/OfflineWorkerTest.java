package podium.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * Each language gets its offline worker at its root (so that its scope covers the language's pages), listing
 * the pages and fingerprinted assets to cache, under a version that changes with the content and only then.
 */
class OfflineWorkerTest {
  @TempDir
  Path first;
  @TempDir
  Path second;
  @TempDir
  Path third;

  private static String version(String worker) {
    Matcher matcher = Pattern.compile("version: \"([0-9a-f]+)\"").matcher(worker);
    assertThat(matcher.find()).as(worker).isTrue();
    return matcher.group(1);
  }

  @Test
  void theWorkerListsPagesAndAssetsAndImportsTheFingerprintedLogic() {
    TestSite site = TestSite.write(first, Minimal.ALL);
    assertThat(site.build().exitCode()).isZero();

    String worker = site.file("demo/fr/sw.js");

    assertThat(worker).contains("\"./\"", "\"programme/\"", "\"programme/2030-03-04/\"", "\"programme.json\"",
        "\"sessions/opening/\"", "\"intervenants/ada/\"", "\"a-propos/\"", "title: \"Vous êtes hors ligne\"")
        .containsPattern("\"\\.\\./assets/js/core\\.[0-9a-f]{10}\\.js\"")
        .containsPattern("importScripts\\(\"\\.\\./assets/js/offline-worker\\.[0-9a-f]{10}\\.js\"\\);");
    assertThat(site.file("demo/en/index.html")).contains("data-sw=\"sw.js\"");
    assertThat(site.file("demo/en/sessions/opening/index.html")).contains("data-sw=\"../../sw.js\"")
        .contains("data-sw-others=\"../../../fr/sw.js ../../../sw.js\"");
  }

  /**
   * The language chooser lies outside every language's scope: the edition's worker, at its root, keeps it with
   * its assets (none of the languages' pages, which their workers keep); the chooser lists every worker.
   */
  @Test
  void theEditionsWorkerKeepsTheLanguageChooser() {
    TestSite site = TestSite.write(first, Minimal.ALL);
    assertThat(site.build().exitCode()).isZero();

    String worker = site.file("demo/sw.js");
    assertThat(worker).contains("\"./\"", "language: \"en\"", "title: \"You are offline\"")
        .containsPattern("\"assets/css/site\\.[0-9a-f]{10}\\.css\"")
        .containsPattern("importScripts\\(\"assets/js/offline-worker\\.[0-9a-f]{10}\\.js\"\\);")
        .doesNotContain("programme.json");
    String kept = worker.substring(worker.indexOf("core: ["), worker.indexOf("offline: {"));
    assertThat(kept).doesNotContain("\"en/", "\"fr/").contains("pages: [\n  ]");
    assertThat(version(worker)).isNotEqualTo(version(site.file("demo/en/sw.js")));
    assertThat(site.file("demo/index.html")).contains("data-sw=\"en/sw.js\"")
        .contains("data-sw-others=\"fr/sw.js sw.js\"");
  }

  @Test
  void theVersionChangesWithTheContentAndOnlyThen() {
    TestSite one = TestSite.write(first, Minimal.ALL);
    TestSite same = TestSite.write(second, Minimal.ALL);
    TestSite changed = TestSite.write(third, Minimal.ALL.replace("title: {en: Opening, fr: Ouverture}",
        "title: {en: Grand opening, fr: Ouverture}"));
    for (TestSite site : new TestSite[] {one, same, changed}) {
      assertThat(site.build().exitCode()).isZero();
    }

    assertThat(version(one.file("demo/en/sw.js"))).isEqualTo(version(same.file("demo/en/sw.js")))
        .isNotEqualTo(version(one.file("demo/fr/sw.js")))
        .isNotEqualTo(version(changed.file("demo/en/sw.js")));
  }

  @Test
  void aChangedFileCopiedAsItIsChangesTheVersionToo() {
    TestSite site = TestSite.write(first, Minimal.ALL + """
        -- content/demo/plan.txt --
        Hall A on the ground floor.
        """);
    assertThat(site.build().exitCode()).isZero();
    String before = version(site.file("demo/en/sw.js"));

    site.add("""
        -- content/demo/plan.txt --
        Hall A on the first floor.
        """);
    assertThat(site.build().exitCode()).isZero();

    assertThat(version(site.file("demo/en/sw.js"))).isNotEqualTo(before);
  }
}
