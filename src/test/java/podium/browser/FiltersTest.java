package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Filters and search on a day and on the whole programme: instant, kept in the URL, restored on reload. */
class FiltersTest {
  private static final String DAY = "ecd-2015/en/programme/2015-03-18/";
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
}
