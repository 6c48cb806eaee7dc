package podium.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.RequiredTool;
import podium.TestSite;

/**
 * Sitemaps date each page by the last commit of its sources (the edition's data, the page's Markdown), never
 * by the build: the same in every build, absent outside git. The chooser page is listed with every home as
 * its alternate and itself as x-default.
 */
class SitemapLastModTest {
  private static final String BASE = "-- site.yaml --\nbase_url: https://example.org/\n";
  private static final Pattern ENTRY = Pattern.compile("<loc>([^<]+)</loc>(?:<lastmod>([^<]+)</lastmod>)?");

  @TempDir
  Path folder;

  @Test
  void eachPageIsDatedByTheLastCommitOfItsSources() throws Exception {
    RequiredTool.require("git", RequiredTool.onPath("git"), "apt-get install git");
    TestSite site = TestSite.write(folder.resolve("project"), Minimal.ALL + BASE);
    Path project = site.root();
    git(project, null, "init", "-q");
    git(project, null, "add", "-A");
    git(project, "2031-01-02T10:00:00Z", "commit", "-q", "-m", "programme");
    Files.writeString(project.resolve("content/demo/en/about.md"), "---\ntitle: About\nweight: 10\n---\nNew text.\n");
    git(project, null, "add", "-A");
    git(project, "2031-02-03T10:00:00Z", "commit", "-q", "-m", "about");
    Files.writeString(project.resolve("content/demo/fr/about.md"), "title=À propos\nslug=a-propos\n~~~~~~\nNon commité.\n");

    assertThat(site.build().exitCode()).isZero();
    Map<String, String> dates = entries(site.file("demo/sitemap.xml"));
    assertThat(dates.get("https://example.org/demo/en/about/")).isEqualTo("2031-02-03");
    assertThat(dates.get("https://example.org/demo/en/")).isEqualTo("2031-01-02");
    assertThat(dates.get("https://example.org/demo/en/sessions/opening/")).isEqualTo("2031-01-02");
    assertThat(dates.get("https://example.org/demo/fr/a-propos/")).as("its committed content's date")
        .isEqualTo("2031-01-02");
    assertThat(dates.get("https://example.org/demo/")).as("the chooser").isEqualTo("2031-01-02");
    String first = site.file("demo/sitemap.xml");
    assertThat(site.build().exitCode()).isZero();
    assertThat(site.file("demo/sitemap.xml")).as("the same in every build").isEqualTo(first);
  }

  @Test
  void outsideGitThereIsNoDateAndTheChooserStandsForEveryHome() throws IOException {
    TestSite site = TestSite.write(folder, Minimal.ALL + BASE);
    assertThat(site.build().exitCode()).isZero();
    String sitemap = site.file("demo/sitemap.xml");
    assertThat(sitemap).doesNotContain("<lastmod>");
    assertThat(sitemap).contains("<url><loc>https://example.org/demo/</loc>"
        + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/demo/en/\"/>"
        + "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/demo/fr/\"/>"
        + "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/demo/\"/></url>");
    assertThat(sitemap).contains("<url><loc>https://example.org/demo/fr/</loc>")
        .containsPattern("<loc>https://example.org/demo/fr/</loc>.*hreflang=\"x-default\" "
            + "href=\"https://example.org/demo/\"");
  }

  private static Map<String, String> entries(String sitemap) {
    Map<String, String> dates = new java.util.HashMap<>();
    Matcher entry = ENTRY.matcher(sitemap);
    while (entry.find()) {
      dates.put(entry.group(1), entry.group(2));
    }
    return dates;
  }

  private static void git(Path project, String date, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Editor",
        "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(arguments));
    ProcessBuilder git = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    git.environment().keySet().removeIf(name -> name.startsWith("GIT_"));
    if (date != null) {
      git.environment().put("GIT_COMMITTER_DATE", date);
      git.environment().put("GIT_AUTHOR_DATE", date);
    }
    Process process = git.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }
}
