package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site through the reference checkers: the Nu HTML Checker (vnu.jar from the vnu-jar npm package)
 * over every page and stylesheet, and xmllint over every sitemap. .ci/run installs both; without them the
 * checks are skipped on a developer's machine and fail in CI ({@link RequiredTool}).
 */
class WebQualityTest {
  private static final Path VNU = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");
  private static final String NU_CHECKER = "the Nu HTML Checker (" + VNU + ")";

  @TempDir
  static Path output;

  @BeforeAll
  static void buildTheRepository() {
    SampleBuild.into(output, "--no-compress");
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    RequiredTool.require(NU_CHECKER, Files.isRegularFile(VNU), "npm ci");

    Result result = run(List.of("java", "-jar", VNU.toString(), "--errors-only", "--skip-non-html",
        output.toString()));

    assertThat(result.output()).isEmpty();
    assertThat(result.code()).isZero();
    // among them the page kinds of issue 17: news pages, news items (own and fallback), the filtered wall
    for (String page : List.of("ecc-2020/de/aktuelles/", "ecc-2020/fr/actualites/awards/", "ecd-2015/en/news/bilan/",
        "ecc-2024/fr/actualites/programme-en-ligne/")) {
      assertThat(output.resolve(page + "index.html")).isRegularFile();
    }
    assertThat(Files.readString(output.resolve("ecd-2015/en/speakers/index.html"))).contains("class=\"wall-filters\"");
  }

  @Test
  void everyAtomFeedHasWhatRfc4287Requires() throws Exception {
    List<Path> feeds;
    try (Stream<Path> files = Files.walk(output)) {
      feeds = files.filter(file -> file.getFileName().toString().equals("feed.atom")).toList();
    }
    // the news of three editions in three languages, and the change log of the edition with releases
    assertThat(feeds.stream().filter(feed -> !feed.getParent().getFileName().toString().matches("changes|modifications|aenderungen")))
        .hasSize(9);
    for (Path feed : feeds) {
      AtomFeeds.parse(Files.readString(feed));
    }
  }

  @Test
  void everyStylesheetIsValidCss() throws Exception {
    RequiredTool.require(NU_CHECKER, Files.isRegularFile(VNU), "npm ci");
    List<String> command = new ArrayList<>(List.of("java", "-jar", VNU.toString(), "--errors-only", "--css"));
    try (Stream<Path> files = Files.walk(output.resolve("assets"))) {
      files.filter(file -> file.toString().endsWith(".css")).forEach(file -> command.add(file.toString()));
    }
    // each edition's generated brand stylesheet too (the shared ones are copies of those above)
    try (Stream<Path> files = Files.walk(output)) {
      files.filter(file -> file.getFileName().toString().matches("brand\\.[0-9a-f]{10}\\.css"))
          .filter(file -> !file.startsWith(output.resolve("assets"))).forEach(file -> command.add(file.toString()));
    }

    Result result = run(command);

    assertThat(result.output()).isEmpty();
    assertThat(result.code()).isZero();
  }

  @Test
  void everySitemapValidatesWithXmllint() throws Exception {
    RequiredTool.require("xmllint", RequiredTool.onPath("xmllint"), "apt-get install libxml2-utils");
    List<String> command = new ArrayList<>(List.of("xmllint", "--noout", "--nonet", "--schema",
        "src/test/resources/schemas/sitemap/sitemap-hreflang.xsd"));
    try (Stream<Path> files = Files.list(output)) {
      files.map(edition -> edition.resolve("sitemap.xml")).filter(Files::isRegularFile)
          .forEach(file -> command.add(file.toString()));
    }
    assertThat(command).hasSize(10);

    Result result = run(command);

    assertThat(result.code()).as(result.output()).isZero();
  }

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), text.strip());
  }

  private record Result(int code, String output) {}
}
