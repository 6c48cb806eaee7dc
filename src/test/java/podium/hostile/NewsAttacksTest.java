package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import podium.AtomFeeds;
import podium.Minimal;
import podium.TestSite;

/**
 * News items are Markdown from editors, and their feed is read by programs that may show HTML: a script link is
 * refused at its place, markup in a title or body stays text on the page and in the feed (which stays
 * well-formed), and a date no feed can hold is refused; the project and the last output are left as they were.
 */
class NewsAttacksTest {
  @TempDir
  Path folder;

  @Test
  void aScriptLinkInANewsItemIsRefusedAtItsPlace() {
    TestSite site = Hostile.builtThenChanged(folder, """
        -- content/demo/fr/news/piege.md --
        title=Piège
        date=2030-01-05
        ~~~~~~
        Un [lien](javascript:alert(1)).
        """);
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1, "content/demo/fr/news/piege.md:4:11: error: link to "
        + "'javascript:alert(1)' is not allowed (links may use http, https, mailto or a relative address)");
    before.assertUnchanged();
  }

  @Test
  void aDateWithAFiveDigitYearIsRefused() {
    TestSite site = Hostile.builtThenChanged(folder, """
        -- content/demo/en/news/far.md --
        ---
        title: Far away
        date: "+10000-01-01"
        ---
        Later.
        """);
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1,
        "content/demo/en/news/far.md:3:7: error: invalid date '+10000-01-01' (write dates as YYYY-MM-DD)");
    before.assertUnchanged();
  }

  @Test
  void markupInATitleOrBodyIsTextOnThePageAndInTheFeed() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL + """
        -- content/demo/en/news/markup.md --
        ---
        title: "</title><script>alert(1)</script> ]]> &amp;"
        date: 2030-01-05
        ---
        <img src=x onerror=alert(1)> and <![CDATA[ x ]]>
        """);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    Document page = Jsoup.parse(site.file("demo/en/news/markup/index.html"));
    assertThat(page.select("main script, main img, [onerror]")).isEmpty();
    assertThat(page.selectFirst("h1").text()).isEqualTo("</title><script>alert(1)</script> ]]> &amp;");
    assertThat(page.title()).startsWith("</title><script>alert(1)</script>");

    Element feed = AtomFeeds.parse(site.file("demo/en/news/feed.atom"));
    Element entry = AtomFeeds.children(feed, "entry").get(0);
    assertThat(AtomFeeds.child(entry, "title")).isEqualTo("</title><script>alert(1)</script> ]]> &amp;");
    String html = AtomFeeds.child(entry, "content");
    assertThat(Jsoup.parseBodyFragment(html).select("script, img, [onerror]")).isEmpty();
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
  }
}
