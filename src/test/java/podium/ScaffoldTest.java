package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** new-edition and new-page write input that builds at once. */
class ScaffoldTest {
  @TempDir
  Path folder;

  @Test
  void aNewEditionBuildsAtOnceInEveryLanguage() {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run created = site.run("new-edition", "demo-2031", "--name", "Demo \"2031\"", "--date", "2031-05-06",
        "--languages", "fr,de,en");
    TestSite.Run built = site.build();

    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(created.out()).contains("created data/demo-2031/edition.yaml", "created content/demo-2031/de/about.md");
    assertThat(built.exitCode()).as(built.err()).isZero();
    assertThat(Jsoup.parse(site.file("demo-2031/fr/sessions/opening/index.html")).select("h1").text())
        .isEqualTo("Ouverture");
    assertThat(Jsoup.parse(site.file("demo-2031/de/ueber/index.html")).select("h1").text())
        .isEqualTo("Über den Kongress");
    assertThat(Jsoup.parse(site.file("demo-2031/en/index.html")).select("h1").text()).isEqualTo("Demo \"2031\"");
    assertThat(site.file("demo-2031/fr/programme/2031-05-06/index.html")).contains("09:00");
  }

  @Test
  void anExistingEditionIsNeverOverwritten() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    String before = Files.readString(site.root().resolve("data/demo/edition.yaml"));

    TestSite.Run run = site.run("new-edition", "demo");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("podium: edition 'demo' already exists");
    assertThat(Files.readString(site.root().resolve("data/demo/edition.yaml"))).isEqualTo(before);
  }

  @Test
  void unsafeIdsAreRefused() {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = site.run("new-edition", "../x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("podium: unsafe edition id '../x' (ids may use lowercase letters, "
        + "digits, '-' and '_', and start with a letter or digit)");
  }

  @Test
  void aNewPageIsAddedInEveryLanguageOfTheEditionAndBuilds() {
    TestSite site = TestSite.write(folder, Minimal.ALL);

    TestSite.Run run = site.run("new-page", "demo", "travel", "--title", "Travel");
    site.build();

    assertThat(run.out()).contains("created content/demo/en/travel.md", "created content/demo/fr/travel.md");
    assertThat(Jsoup.parse(site.file("demo/fr/travel/index.html")).select(".prose").text())
        .isEqualTo("Rédigez cette page ici.");
    assertThat(Jsoup.parse(site.file("demo/en/index.html")).select("nav.main-nav a").eachText()).contains("Travel");
  }
}
