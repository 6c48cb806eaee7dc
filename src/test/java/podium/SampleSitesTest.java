package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own sample editions: five congresses, each in French, German and English. */
class SampleSitesTest {
  static final List<String> EDITIONS = List.of("ecc-2024", "ecc-2020", "ecd-2015", "go-cluster-2015", "prit-2010");

  @TempDir
  static Path output;

  @BeforeAll
  static void buildTheRepository() {
    SampleBuild.into(output);
  }

  @Test
  void everyEditionHasSessionAndSpeakerPagesInEveryLanguage() throws IOException {
    for (String edition : EDITIONS) {
      for (String language : List.of("fr", "de", "en")) {
        Path home = output.resolve(edition).resolve(language);
        assertThat(home.resolve("index.html")).as(edition + "/" + language).isRegularFile();
        try (var files = Files.walk(home)) {
          List<String> pages = files.map(path -> home.relativize(path).toString()).toList();
          assertThat(pages).as(edition + "/" + language + " sessions")
              .anyMatch(path -> path.startsWith("sessions/") && path.endsWith("/index.html"));
        }
      }
      assertThat(output.resolve(edition).resolve("index.html")).isRegularFile();
    }
    assertThat(output.resolve("go-cluster-2015/de/referierende/brigitte-zypries/index.html")).isRegularFile();
    assertThat(output.resolve("ecc-2020/fr/intervenants/peter-altmaier/index.html")).isRegularFile();
  }

  @Test
  void everyInternalLinkAndFragmentResolves() {
    assertThat(SiteLinks.broken(output)).isEmpty();
  }

  @Test
  void noInlineScriptStyleOrEventHandler() {
    assertThat(SiteLinks.inlineCode(output)).isEmpty();
  }

  @Test
  void everyAboutPageSaysTheProgrammeIsSampleData() throws IOException {
    for (String edition : EDITIONS) {
      Path about = output.resolve(edition).resolve("en/about/index.html");
      assertThat(Files.readString(about)).as(edition).containsIgnoringCase("sample");
    }
  }
}
