package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Filters and search on a day and on the whole programme: instant, kept in the URL, restored on reload. And
 * the speakers wall's filter by day and track: without JavaScript every speaker shows and no control does
 * that could not work; with it, the count is said in the page's language (ICU plurals), the choice is kept in
 * the URL and restored from it, and the filter's place is kept from the first paint.
 */
class FiltersTest {
  private static final String DAY = "ecd-2015/en/programme/2015-03-18/";
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
  void aTrackFilterShowsOnlyThatTrackAndIsKeptInTheUrlAcrossAReload() {
    browser.go(site.url(DAY)).openTools();
    int all = browser.all("main .session").size();
    assertThat(browser.visible("main .session")).isEqualTo(all).isEqualTo(16);

    new Select(browser.find("#f-track")).selectByValue("international");

    assertThat(browser.visible("main .session")).isEqualTo(4);
    assertThat(browser.all("main .session").stream().filter(WebElement::isDisplayed)
        .map(card -> card.getDomAttribute("data-track"))).containsOnly("international");
    assertThat(browser.driver.getCurrentUrl()).endsWith(DAY + "?track=international");
    assertThat(browser.find(".result-count").getText()).isEqualTo("4 of 16 sessions shown");

    browser.driver.navigate().refresh();
    browser.go(browser.driver.getCurrentUrl());

    assertThat(new Select(browser.find("#f-track")).getFirstSelectedOption().getDomAttribute("value"))
        .isEqualTo("international");
    assertThat(browser.visible("main .session")).isEqualTo(4);
    // The other day's link carries the filter along.
    assertThat(browser.find(".day-switcher a[href*='2015-03-19']").getDomAttribute("href"))
        .isEqualTo("../2015-03-19/?track=international");

    browser.find("button[type=reset]").click();
    browser.waitFor(() -> browser.visible("main .session") == all);
    // no filter left, the tools still open: the URL says so
    assertThat(browser.driver.getCurrentUrl()).endsWith(DAY + "?tools=1");
  }

  @Test
  void searchLooksAtTitlesSpeakersAndAbstractsIgnoringCaseAndAccents() {
    browser.go(site.url(DAY)).openTools();

    browser.find("#f-q").sendKeys("DANISH");
    assertThat(browser.visible("main .session")).isEqualTo(1);
    assertThat(browser.driver.getCurrentUrl()).endsWith("?q=DANISH");

    browser.find("#f-q").clear();
    browser.find("#f-q").sendKeys("ansel");
    assertThat(browser.all("main .session").stream().filter(WebElement::isDisplayed)
        .map(card -> card.getDomAttribute("data-id"))).containsExactly("ouverture", "cosmetic-valley");

    // A word of an abstract only: the card shows, with its folded abstract opened to show why.
    browser.go(site.url("ecd-2015/fr/programme/2015-03-18/?q=strategie"));
    assertThat(browser.all("main .session").stream().filter(WebElement::isDisplayed)
        .map(card -> card.getDomAttribute("data-id"))).contains("internationalisation");
    assertThat(browser.all("main .session").stream().filter(WebElement::isDisplayed)
        .allMatch(card -> card.getText().contains("stratégie"))).isTrue();
  }

  @Test
  void heldInLanguageAndRoomCombine() {
    browser.go(site.url(DAY + "?lang=de"));
    assertThat(browser.all("main .session").stream().filter(WebElement::isDisplayed)
        .map(card -> card.getDomAttribute("data-languages"))).isNotEmpty().allMatch(langs -> langs.contains("de"));

    new Select(browser.find("#f-room")).selectByValue("salle-europe");
    assertThat(browser.all("main .session").stream().filter(WebElement::isDisplayed)
        .map(card -> card.getDomAttribute("data-id"))).containsExactly("transfert-technologie");
    assertThat(browser.driver.getCurrentUrl()).contains("lang=de").contains("room=salle-europe");
  }

  @Test
  void theWholeProgrammeFiltersAcrossDaysAndHidesEmptyDays() {
    browser.go(site.url("ecd-2015/en/programme/?type=workshop"));
    long shown = browser.visible("main .session");
    assertThat(shown).isPositive().isLessThan(browser.all("main .session").size());
    for (WebElement day : browser.all("main section.day")) {
      boolean hasWorkshop = !day.findElements(org.openqa.selenium.By.cssSelector(".type-workshop")).isEmpty();
      assertThat(day.isDisplayed()).as(day.getDomAttribute("aria-labelledby")).isEqualTo(hasWorkshop);
    }

    browser.go(site.url("ecd-2015/en/programme/?q=zzzz-nothing"));
    assertThat(browser.visible("main .session")).isZero();
    assertThat(browser.find(".no-match").isDisplayed()).isTrue();
  }

  @Test
  void whenTheBrowserRefusesToRewriteTheUrlFilteringGoesOnAndTheUrlCatchesUpLater() {
    browser.go(site.url(DAY)).openTools();
    // The toggle event that writes ?tools=1 fires after the click returns; refuse only the filter's own rewrites.
    browser.waitFor(() -> browser.driver.getCurrentUrl().endsWith("?tools=1"));
    // Safari throws after 100 history calls in 10 s, until the burst is over.
    browser.js("var real = history.replaceState; window.refuse = true;"
        + "history.replaceState = function () { if (window.refuse) throw new DOMException('throttled',"
        + " 'SecurityError'); return real.apply(history, arguments); };");

    browser.find("#f-q").sendKeys("DANISH");
    assertThat(browser.visible("main .session")).isEqualTo(1);
    assertThat(browser.driver.getCurrentUrl()).endsWith(DAY + "?tools=1");
    assertThat(browser.find(".day-switcher a[href*='2015-03-19']").getDomAttribute("href"))
        .isEqualTo("../2015-03-19/?q=DANISH");

    browser.js("window.refuse = false;");
    browser.waitFor(() -> browser.driver.getCurrentUrl().endsWith("?q=DANISH"));
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
    double shown = wallTop();
    browser.js("document.querySelector('details.wall-filter').hidden = true");
    assertThat(wallTop()).isEqualTo(shown);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /** Where the speakers wall starts on the page. */
  private static double wallTop() {
    return ((Number) browser.js("return document.querySelector('ul.wall').getBoundingClientRect().top + scrollY"))
        .doubleValue();
  }
}
