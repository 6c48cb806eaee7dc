package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The speakers wall's filter by day and track: without JavaScript every speaker shows and no control does
 * that could not work; with it, choosing a day or a track hides the others at once, the count is said in the
 * page's language (ICU plurals), the choice is kept in the URL and restored from it, and the place of the filter
 * is kept from the first paint.
 */
class WallFilterTest {
  private static final String WALL = "ecd-2015/en/speakers/";
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

  @Test
  void withoutJavaScriptEverySpeakerShowsAndTheFilterIsHidden() throws Exception {
    Document page = Jsoup.parse(site.root.resolve(WALL + "index.html").toFile());
    assertThat(page.selectFirst("details.wall-filter").hasAttr("hidden")).isTrue();
    assertThat(page.select("ul.wall > li")).hasSize(5).noneMatch(speaker -> speaker.hasAttr("hidden"));
    assertThat(page.select("#w-day option").eachAttr("value")).containsExactly("", "2015-03-18", "2015-03-19");
    assertThat(page.select("#w-track option").eachAttr("value"))
        .containsExactly("", "growth", "international", "management", "territories");
  }

  @Test
  void aDayAndATrackNarrowTheWallAreKeptInTheUrlAndAreCounted() {
    browser.go(site.url(WALL));
    assertThat(browser.find("details.wall-filter").isDisplayed()).isTrue();
    assertThat(browser.find(".wall-filters .result-count").getText()).isEmpty();
    browser.openTools();

    new Select(browser.find("#w-day")).selectByValue("2015-03-19");
    assertThat(browser.visible("ul.wall > li")).isEqualTo(4);
    assertThat(browser.driver.getCurrentUrl()).endsWith(WALL + "?day=2015-03-19");
    assertThat(browser.find(".wall-filters .result-count").getText()).isEqualTo("4 of 5 speakers shown");

    new Select(browser.find("#w-track")).selectByValue("management");
    assertThat(browser.visible("ul.wall > li")).isEqualTo(1);
    assertThat(browser.find("ul.wall > li:not([hidden]) .name").getText()).isEqualTo("Marie-Céline Rascle");
    assertThat(browser.find(".wall-filters .result-count").getText()).isEqualTo("1 of 5 speakers shown");
    assertThat(browser.driver.getCurrentUrl()).endsWith(WALL + "?day=2015-03-19&track=management");

    new Select(browser.find("#w-day")).selectByValue("2015-03-18");
    assertThat(browser.visible("ul.wall > li")).isZero();
    assertThat(browser.find("p.no-match").isDisplayed()).isTrue();
    assertThat(browser.find(".wall-filters .result-count").getText()).isEqualTo("0 of 5 speakers shown");

    // a shared link opens the filter with its choice, in another language with its own plural forms
    browser.go(site.url("ecd-2015/fr/intervenants/?day=2015-03-19&track=management"));
    assertThat(browser.find("details.wall-filter").getDomProperty("open")).isEqualTo("true");
    assertThat(new Select(browser.find("#w-track")).getFirstSelectedOption().getDomAttribute("value"))
        .isEqualTo("management");
    assertThat(browser.visible("ul.wall > li")).isEqualTo(1);
    assertThat(browser.find(".wall-filters .result-count").getText()).isEqualTo("1 intervenant affiché sur 5");
    // a value no option offers (an old link) shows everyone
    browser.go(site.url(WALL + "?day=2031-01-01"));
    assertThat(browser.visible("ul.wall > li")).isEqualTo(5);
    // the script shows the closed filter where its place was kept: the wall is where it was painted without it
    browser.go(site.url(WALL));
    double shown = top();
    browser.js("document.querySelector('details.wall-filter').hidden = true");
    assertThat(top()).isEqualTo(shown);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private static double top() {
    return ((Number) browser.js("return document.querySelector('ul.wall').getBoundingClientRect().top + scrollY"))
        .doubleValue();
  }
}
