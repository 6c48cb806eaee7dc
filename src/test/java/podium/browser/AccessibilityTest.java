package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import podium.RequiredTool;

/**
 * axe-core (npm axe-core, installed by .ci/run) in the browser, with the scripts run, on every page type of
 * one edition in each of its languages, at desktop width; any violation of any rule fails, WCAG 2.2 AA's
 * 24 px target size included. Pages are checked in the states attendees meet: filters shown, a session
 * starred, the "now and next" panel open, times switched to the reader's zone.
 */
class AccessibilityTest {
  private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
  private static final List<String> PAGES = List.of("", "{programme}/", "{programme}/2015-03-18/",
      "{programme}/2015-03-18/?now=2015-03-18T11:45:00%2B01:00&track=international", "sessions/ouverture/",
      "{speakers}/", "{speakers}/?day=2015-03-19&track=management", "{speakers}/jean-luc-ansel/", "{news}/",
      "{news}/bilan/");
  /** The screenshots of the main pages, by name, taken in each scheme and width. */
  private static final java.util.Map<String, String> SCREENSHOTS = new java.util.LinkedHashMap<>();

  static {
    SCREENSHOTS.put("day", "ecd-2015/en/programme/2015-03-18/?tools=1");
    SCREENSHOTS.put("session", "ecd-2015/en/sessions/ouverture/");
    SCREENSHOTS.put("speaker", "ecd-2015/en/speakers/jean-luc-ansel/");
    SCREENSHOTS.put("home", "ecd-2015/en/");
    SCREENSHOTS.put("programme", "ecc-2024/en/programme/");
    SCREENSHOTS.put("speakers-filtered", "ecd-2015/en/speakers/?day=2015-03-19&track=management");
    SCREENSHOTS.put("news", "ecc-2020/de/aktuelles/");
    SCREENSHOTS.put("news-item", "ecc-2020/fr/actualites/awards/");
  }

  private static Browser browser;
  private static String axe;

  @BeforeAll
  static void open() throws IOException {
    RequiredTool.require("axe-core (" + AXE + ")", Files.isRegularFile(AXE), "npm ci");
    axe = Files.readString(AXE);
    browser = Browser.open(1280, 900);
    // A reader from elsewhere, so that the time zone switch shows.
    browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "America/New_York"));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void noPageOfAnEditionHasAnyAxeViolationInAnyLanguage() {
    ServedSite site = ServedSite.get();
    List<String> violations = new ArrayList<>();
    for (String[] language : new String[][] {{"en", "programme", "speakers", "news"},
        {"fr", "programme", "intervenants", "actualites"}, {"de", "programm", "referierende", "aktuelles"}}) {
      for (String page : PAGES) {
        String path = "ecd-2015/" + language[0] + "/" + page.replace("{programme}", language[1])
            .replace("{speakers}", language[2]).replace("{news}", language[3]);
        browser.go(site.url(path));
        if (page.isEmpty()) {
          // The home page: with a session starred, so that the agenda panel is checked too.
          browser.js("localStorage.setItem('podium:ecd-2015:agenda', '[\"ouverture\"]');");
          browser.go(site.url(path));
          browser.waitFor(() -> !browser.all(".agenda-list li").isEmpty());
        }
        if (!browser.all("details.tools").isEmpty()) {
          browser.openTools(); // the filters and the time-zone switch are checked too
        }
        if (page.startsWith("sessions/")) {
          browser.find(".tz-switch").click();
        }
        violations.addAll(axe(path));
      }
      // The Markdown pages of the menu (about, venue…), whatever their slugs in this language.
      browser.go(site.url("ecd-2015/" + language[0] + "/"));
      List<String> menu = browser.all("nav.main-nav a").stream().map(link -> link.getDomProperty("href")).toList();
      for (String url : menu.subList(3, menu.size())) {
        browser.go(url);
        violations.addAll(axe(url));
      }
    }
    // The pages around the editions: the site's index, an edition's language picker, a 404 page; and the edition
    // whose programme changed: its change log in every language, a day with a cancelled session and that session.
    for (String path : List.of("", "ecd-2015/", "ecd-2015/404.html", "ecd-2015/fr/404.html", "ecc-2024/en/changes/",
        "ecc-2024/fr/modifications/", "ecc-2024/de/aenderungen/", "ecc-2024/en/programme/2024-05-08/",
        "ecc-2024/fr/sessions/health-defence/")) {
      browser.go(site.url(path));
      violations.addAll(axe(path));
    }
    assertThat(violations).isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /**
   * Dark and light, phone and desktop: the pages attendees use most, with their tools open, a session starred
   * and another overlapping it, join links live (the online edition during its first session).
   */
  @Test
  void theMainPagesHaveNoAxeViolationInDarkAndLightAtPhoneAndDesktopWidths() throws IOException {
    ServedSite site = ServedSite.get();
    List<String> violations = new ArrayList<>();
    List<String> pages = List.of("ecd-2015/en/", "ecd-2015/en/programme/?tools=1",
        "ecd-2015/fr/programme/2015-03-18/?tools=1", "ecd-2015/de/sessions/ouverture/",
        "ecd-2015/en/speakers/jean-luc-ansel/", "ecd-2015/en/speakers/?day=2015-03-19&track=management",
        "ecd-2015/fr/actualites/", "ecd-2015/de/aktuelles/bilan/", "ecc-2020/en/news/opening/",
        "ecc-2020/en/programme/?now=2020-11-09T09:15:00%2B01:00",
        "ecc-2020/fr/sessions/welcome/?now=2020-11-09T09:15:00%2B01:00", "ecd-2015/404.html");
    browser.go(site.url("ecd-2015/en/"));
    browser.js("localStorage.setItem('podium:ecd-2015:agenda', '[\"ouverture\", \"marketing-branding\","
        + " \"internationalisation\"]');");
    for (String scheme : List.of("light", "dark")) {
      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
          List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (int width : new int[] {360, 1280}) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
            "height", 800, "deviceScaleFactor", 1, "mobile", width < 400));
        for (String page : pages) {
          browser.go(site.url(page));
          violations.addAll(axe(scheme + " " + width + " " + page));
        }
        // the programme checked above is the grid on a wide screen (with its now line), the list on a phone
        browser.go(site.url("ecd-2015/en/programme/?now=2015-03-18T11:45:00%2B01:00"));
        browser.waitFor(() -> width < 1024 || !browser.all(".now-line").isEmpty());
        assertThat(browser.js("return getComputedStyle(document.querySelector('.schedule.grid')).display"))
            .isEqualTo(width < 1024 ? "block" : "grid");
        violations.addAll(axe(scheme + " " + width + " programme grid, now line"));
        browser.screenshot("programme-grid-" + scheme + "-" + width);
        for (java.util.Map.Entry<String, String> shot : SCREENSHOTS.entrySet()) {
          browser.go(site.url(shot.getValue()));
          browser.screenshot(shot.getKey() + "-" + scheme + "-" + width);
        }
      }
    }
    browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
    assertThat(violations).isEmpty();
  }

  /** Every violation on the current page as "page: rule (impact): target". */
  static List<String> axe(String page) {
    return axe(browser, axe, page);
  }

  /** The same in {@code browser}, with axe-core's source {@code axe}. */
  @SuppressWarnings("unchecked")
  static List<String> axe(Browser browser, String axe, String page) {
    browser.js(axe);
    String run = "var done = arguments[arguments.length - 1];"
        + "axe.run(document, { rules: { 'target-size': { enabled: true } } })"
        + ".then(function (r) { done(r.violations.map(function (v) {"
        + "  return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');"
        + "})); }, function (e) { done(['axe failed: ' + e]); });";
    return ((List<String>) browser.asyncJs(run)).stream().map(line -> page + ": " + line).toList();
  }
}
