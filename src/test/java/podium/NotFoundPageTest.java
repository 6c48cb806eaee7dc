package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host serves an edition's one 404 page for every language's address: it speaks each of them. */
class NotFoundPageTest {
  @TempDir
  Path folder;

  @Test
  void anEditionsNotFoundPageSaysItInEachLanguageWithTheWayHome() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    Document page = Jsoup.parse(site.file("demo/404.html"));
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
    assertThat(page.select("section.not-found-notice").eachAttr("lang")).containsExactly("fr");
    assertThat(page.selectFirst("section[lang=fr] h2").text()).isEqualTo("Page introuvable");
    assertThat(page.selectFirst("section[lang=fr] a").attr("href")).isEqualTo("/demo/fr/");
    assertThat(page.selectFirst("section[lang=fr] a").text()).isEqualTo("Accueil");
    // the site's own 404 page, for no edition in particular, stays in the site's language
    assertThat(Jsoup.parse(site.file("404.html")).select("section.not-found-notice")).isEmpty();
  }
}
