package podium;

import static org.assertj.core.api.Assertions.assertThat;

import static podium.AtomFeeds.ATOM;
import static podium.AtomFeeds.child;
import static podium.AtomFeeds.children;
import static podium.AtomFeeds.link;
import static podium.AtomFeeds.parse;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * News items ({@code content/<edition>/<lang>/news/*.md} with a date): the news page lists them newest first
 * (ties by file name), each has its page, the home page shows the latest, an item written in one language shows
 * in the others with the fallback notice, and the Atom feed of each language, linked from every page's head,
 * is what RFC 4287 requires, its content the item's HTML with raw HTML shown as text.
 */
class NewsPagesTest {
  @TempDir
  Path folder;

  private static final String NEWS = """
      -- content/demo/en/news/early.md --
      ---
      title: Call for papers
      date: 2030-01-05
      ---
      Send your *proposals*. <script>alert(1)</script>
      -- content/demo/en/news/b-programme.md --
      ---
      title: Programme online
      date: 2030-02-10
      ---
      The [programme](../../programme/) is online.
      -- content/demo/fr/news/b-programme.md --
      title=Le programme est en ligne
      slug=programme-en-ligne
      date=2030-02-10
      description=Tout le programme du congrès.
      ~~~~~~
      Le [programme](../../programme/) est en ligne.
      -- content/demo/en/news/c-venue.md --
      ---
      title: Venue confirmed
      date: 2030-02-10
      ---
      We meet at the Palais des congrès.
      -- content/demo/en/news/a-oldest.md --
      ---
      title: Save the date
      date: 2029-12-01
      ---
      Mark your calendars.
      """;

  @Test
  void newsAreListedNewestFirstWithTheirPagesAndFallbacks() {
    TestSite site = TestSite.write(folder, Minimal.ALL + NEWS);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    Document list = Jsoup.parse(site.file("demo/fr/actualites/index.html"));
    // same date: by file name (b-programme before c-venue); the French version where there is one
    assertThat(list.select(".news-entry h2").eachText())
        .containsExactly("Le programme est en ligne", "Venue confirmed", "Call for papers", "Save the date");
    assertThat(list.select(".news-entry h2 a").eachAttr("href"))
        .containsExactly("programme-en-ligne/", "c-venue/", "early/", "a-oldest/");
    assertThat(list.select(".news-entry h2 span[lang=en]").eachText()).hasSize(3);
    assertThat(list.select(".news-entry time").eachAttr("datetime"))
        .containsExactly("2030-02-10", "2030-02-10", "2030-01-05", "2029-12-01");
    assertThat(list.select(".news-entry p:not(.news-date)").first().text()).isEqualTo("Tout le programme du congrès.");
    assertThat(list.select("nav.main-nav a[aria-current=page]").text()).isEqualTo("Actualités");

    Document fallback = Jsoup.parse(site.file("demo/fr/actualites/c-venue/index.html"));
    assertThat(fallback.selectFirst("p.notice.fallback")).isNotNull();
    assertThat(fallback.selectFirst(".prose").attr("lang")).isEqualTo("en");
    assertThat(fallback.selectFirst("h1 span").attr("lang")).isEqualTo("en");
    // a fallback page names its source as canonical and gets no hreflang of its own: like any page
    assertThat(fallback.select("link[hreflang]")).isEmpty();

    Document own = Jsoup.parse(site.file("demo/fr/actualites/programme-en-ligne/index.html"));
    assertThat(own.selectFirst("p.notice.fallback")).isNull();
    assertThat(own.selectFirst(".news-date time").attr("datetime")).isEqualTo("2030-02-10");
    assertThat(own.selectFirst("a[hreflang=en]").attr("href")).isEqualTo("../../../en/news/b-programme/");
    assertThat(site.exists("demo/en/news/b-programme/index.html")).isTrue();

    Document home = Jsoup.parse(site.file("demo/en/index.html"));
    assertThat(home.select(".latest-news .news-entry h3").eachText())
        .containsExactly("Programme online", "Venue confirmed", "Call for papers");
    assertThat(home.selectFirst(".latest-news > p a").attr("href")).isEqualTo("news/");

    // every page of the language links its feed from the head
    for (String page : List.of("demo/fr/index.html", "demo/fr/programme/index.html",
        "demo/fr/sessions/opening/index.html", "demo/fr/actualites/c-venue/index.html")) {
      Document document = Jsoup.parse(site.file(page));
      assertThat(Path.of(page).getParent().resolve(document.select("head link[type=application/atom+xml]")
          .attr("href")).normalize().toString().replace('\\', '/')).as(page).isEqualTo("demo/fr/actualites/feed.atom");
    }
  }

  @Test
  void theFeedHasEveryElementAtomRequiresAndTheItemsAsEscapedHtml() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL.replace("default_language: en\n",
        "default_language: en\nbase_url: https://example.org/demo/\n") + NEWS);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    Element feed = parse(site.file("demo/fr/actualites/feed.atom"));
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getAttribute("xml:lang")).isEqualTo("fr");
    assertThat(child(feed, "id")).startsWith("urn:uuid:");
    assertThat(child(feed, "title")).isEqualTo("Actualités – Congrès démo 2030");
    assertThat(child(feed, "updated")).isEqualTo("2030-02-10T00:00:00Z");
    assertThat(link(feed)).isEqualTo("https://example.org/demo/fr/actualites/");
    assertThat(child((Element) feed.getElementsByTagNameNS(ATOM, "author").item(0), "name"))
        .isEqualTo("Congrès démo 2030");

    List<Element> entries = children(feed, "entry");
    assertThat(entries).extracting(entry -> child(entry, "title"))
        .containsExactly("Le programme est en ligne", "Venue confirmed", "Call for papers", "Save the date");
    for (Element entry : entries) {
      assertThat(child(entry, "id")).startsWith("urn:uuid:");
      assertThat(child(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT00:00:00Z");
      assertThat(link(entry)).startsWith("https://example.org/demo/fr/actualites/");
      Element content = (Element) entry.getElementsByTagNameNS(ATOM, "content").item(0);
      assertThat(content.getAttribute("type")).isEqualTo("html");
      assertThat(content.getTextContent()).isNotBlank();
    }
    assertThat(entries).extracting(entry -> child(entry, "id")).doesNotHaveDuplicates();
    assertThat(entries.get(1).getAttribute("xml:lang")).isEqualTo("en");
    assertThat(entries.get(0).hasAttribute("xml:lang")).isFalse();
    // the HTML is text of the element: parsed once, it is the page's HTML; raw HTML in Markdown is text there
    String html = child(entries.get(2), "content");
    assertThat(html).contains("<em>proposals</em>").contains("&lt;script&gt;").doesNotContain("<script");
    Element linked = (Element) entries.get(0).getElementsByTagNameNS(ATOM, "content").item(0);
    assertThat(linked.getAttribute("xml:base")).isEqualTo("https://example.org/demo/fr/actualites/programme-en-ligne/");
    assertThat(linked.getTextContent()).contains("href=\"../../programme/\"");

    // the same item keeps its id from one build to the next, and in a feed of the same language only
    assertThat(site.build().exitCode()).isZero();
    Element again = parse(site.file("demo/fr/actualites/feed.atom"));
    assertThat(child(children(again, "entry").get(0), "id")).isEqualTo(child(entries.get(0), "id"));
    Element english = parse(site.file("demo/en/news/feed.atom"));
    assertThat(children(english, "entry")).extracting(entry -> child(entry, "id"))
        .doesNotContainAnyElementsOf(entries.stream().map(entry -> child(entry, "id")).toList());

    String sitemap = site.file("demo/sitemap.xml");
    assertThat(sitemap).contains("<loc>https://example.org/demo/fr/actualites/programme-en-ligne/</loc>")
        .contains("<loc>https://example.org/demo/en/news/</loc>")
        .doesNotContain("<loc>https://example.org/demo/fr/actualites/c-venue/</loc>");  // a fallback page

    Document item = Jsoup.parse(site.file("demo/fr/actualites/programme-en-ligne/index.html"));
    String jsonLd = item.selectFirst("script[type=application/ld+json]").data();
    assertThat(jsonLd).contains("\"@type\":\"NewsArticle\"").contains("\"datePublished\":\"2030-02-10\"")
        .contains("\"headline\":\"Le programme est en ligne\"");
    assertThat(item.selectFirst("meta[name=description]").attr("content")).isEqualTo("Tout le programme du congrès.");
  }

  @Test
  void anEditionWithoutNewsHasNoNewsPageNorFeedLink() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(site.exists("demo/en/news/index.html")).isFalse();
    assertThat(site.file("demo/en/index.html")).doesNotContain("application/atom+xml").doesNotContain("latest-news");
  }
}
