package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Phone first and steady: at 360 × 800 the first session of the programme and of a day starts on the first
 * screen, and no page moves while its scripts reveal their controls (cumulative layout shift measured by the
 * browser's own layout-shift entries, at 360 and 1280 px).
 */
class PhoneFirstTest {
  private static final List<String> PROGRAMME_PAGES = List.of("ecc-2024/en/programme/",
      "ecc-2024/fr/programme/2024-05-07/", "ecd-2015/de/programm/", "ecd-2015/en/programme/2015-03-19/");
  private static final List<String> STEADY_PAGES = List.of("ecc-2024/en/programme/",
      "ecc-2024/fr/programme/2024-05-07/", "ecd-2015/en/sessions/ouverture/", "ecc-2020/de/", "ecd-2015/fr/",
      "ecd-2015/en/speakers/jean-luc-ansel/", "ecd-2015/en/speakers/", "ecd-2015/de/referierende/",
      "ecc-2020/fr/actualites/", "ecc-2020/en/news/opening/");
  private Browser browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private Browser phone() {
    browser = Browser.phone(800);
    return browser;
  }

  /**
   * The page's cumulative layout shift since it started loading, as Core Web Vitals count it: every
   * layout-shift entry without recent input (buffered, so shifts before this call count), after a second and a
   * half in which the scripts fetch programme.json and reveal their controls.
   */
  private double cumulativeLayoutShift() {
    Object value = browser.asyncJs("var done = arguments[arguments.length - 1]; var total = 0;"
        + "new PerformanceObserver(function (list) { list.getEntries().forEach(function (entry) {"
        + "  if (!entry.hadRecentInput) total += entry.value; }); })"
        + ".observe({ type: 'layout-shift', buffered: true });"
        + "setTimeout(function () { done(total); }, 1500);");
    return ((Number) value).doubleValue();
  }

  @Test
  void onAPhoneTheFirstSessionStartsOnTheFirstScreen() throws Exception {
    ServedSite site = ServedSite.get();
    phone();
    for (String page : PROGRAMME_PAGES) {
      browser.go(site.url(page));
      double top = ((Number) browser.js("return document.querySelector('main .session')"
          + ".getBoundingClientRect().top + scrollY")).doubleValue();
      assertThat(top).as(page).isLessThan(800 - 60); // with room for its title
    }
    browser.go(site.url("ecc-2024/en/programme/"));
    browser.screenshot("programme-360");
  }

  @Test
  void nothingMovesWhileThePagesLoadAtPhoneAndDesktopWidths() {
    ServedSite site = ServedSite.get();
    SoftAssertions shifts = new SoftAssertions();
    for (boolean onPhone : new boolean[] {true, false}) {
      if (onPhone) {
        // a window of that size: under device emulation Chromium reports no layout-shift entries
        browser = Browser.open(360, 943);
        assertThat(browser.go(site.url("ecd-2015/fr/")).js("return innerWidth")).isEqualTo(360L);
      } else {
        browser = Browser.open(1280, 900);
      }
      for (String page : STEADY_PAGES) {
        browser.go(site.url(page));
        double shift = cumulativeLayoutShift();
        shifts.assertThat(shift).as((onPhone ? "360 px: " : "1280 px: ") + page).isLessThanOrEqualTo(0.02);
      }
      browser.close();
      browser = null;
    }
    shifts.assertAll();
  }

  @Test
  void theProgrammesDaySwitcherStaysAtTheTopAndTheToolsKeepTheirStateInTheUrl() throws Exception {
    ServedSite site = ServedSite.get();
    phone();
    browser.go(site.url("ecc-2024/en/programme/"));
    assertThat(browser.find("details.tools").getDomAttribute("open")).isNull();
    browser.find(".day-jump a[href='#day-2024-05-08']").click();
    browser.waitFor(() -> ((Number) browser.js("return scrollY")).doubleValue() > 1000);
    assertThat(((Number) browser.js("return document.querySelector('.day-switcher').getBoundingClientRect().top"))
        .doubleValue()).isZero();
    // the day jumped to starts below the switcher, not under it
    assertThat(((Number) browser.js("return document.getElementById('day-2024-05-08').getBoundingClientRect().top"))
        .doubleValue()).isGreaterThanOrEqualTo(((Number) browser.js(
            "return document.querySelector('.day-switcher').getBoundingClientRect().bottom")).doubleValue() - 1);
    browser.screenshot("programme-day-switcher-360");

    browser.go(site.url("ecc-2024/en/programme/"));
    browser.find("details.tools > summary").click();
    // the script writes the state into the URL on the toggle event, just after the click returns
    browser.waitFor(() -> browser.driver.getCurrentUrl().endsWith("/programme/?tools=1"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/programme/?tools=1");
    browser.go(browser.driver.getCurrentUrl());
    assertThat(browser.find("details.tools").getDomAttribute("open")).isNotNull();
    assertThat(browser.find("#f-q").isDisplayed()).isTrue();
    browser.find("details.tools > summary").click();
    browser.waitFor(() -> browser.driver.getCurrentUrl().endsWith("/programme/"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/programme/");
    // a filter in the URL opens them too
    browser.go(site.url("ecc-2024/en/programme/?track=value-chains"));
    assertThat(browser.find("details.tools").getDomAttribute("open")).isNotNull();
  }
}
