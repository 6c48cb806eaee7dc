package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service worker: after one visit the programme opens without a network, and once a new build is online
 * its pages are what the reader sees, never the cached ones. The network is cut twice over: the server drops
 * every request and DevTools puts the page offline.
 */
class OfflineTest {
  private static final String HOME = "ecd-2015/en/";
  private static final String DAY = "ecd-2015/en/programme/2015-03-18/";
  private Browser browser;
  private ServedSite site;

  @AfterEach
  void close() {
    if (site != null) {
      site.offline = false;
    }
    if (browser != null) {
      browser.close();
    }
  }

  private void network(boolean online) {
    site.offline = !online;
    browser.driver.executeCdpCommand("Network.enable", Map.of());
    browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
        "downloadThroughput", -1, "uploadThroughput", -1));
  }

  /** Waits until the worker controls the page and has cached {@code path} (a page below the site root). */
  private void waitUntilCached(String path) {
    browser.waitFor(() -> Boolean.TRUE.equals(browser.js("return !!navigator.serviceWorker.controller")));
    browser.waitFor(() -> Boolean.TRUE.equals(browser.asyncJs("var done = arguments[arguments.length - 1];"
        + "caches.match(arguments[0]).then(function (hit) { done(!!hit); }, function () { done(false); });",
        site.url(path))));
  }

  /**
   * A page in the cache is not enough: offline, a page opens from it only once the worker of its scope is
   * active (on a loaded machine the last worker may still be activating when the pages are in).
   */
  private void waitUntilEveryWorkerIsActive(int workers) {
    browser.waitFor(() -> Boolean.TRUE.equals(browser.asyncJs("var count = arguments[0];"
        + "var done = arguments[arguments.length - 1];"
        + "navigator.serviceWorker.getRegistrations().then(function (all) {"
        + "  done(all.length >= count && all.every(function (r) { return !!r.active && r.active.state === 'activated'; }));"
        + "}, function () { done(false); });", workers)));
  }

  @Test
  void afterOneVisitTheOtherLanguagesProgrammesAndTheCalendarFilesOpenOffline() {
    site = ServedSite.get();
    browser = Browser.open(1280, 900);
    browser.go(site.url(DAY));
    waitUntilCached("ecd-2015/fr/programme/2015-03-18/");
    waitUntilCached("ecd-2015/de/programm/");
    waitUntilCached(DAY + "2015-03-18.ics");
    waitUntilCached("ecd-2015/en/sessions/cloture/cloture.ics");
    waitUntilCached("ecd-2015/"); // the chooser, by the edition's own worker
    waitUntilEveryWorkerIsActive(4);

    network(false);
    browser.go(site.url("ecd-2015/"));
    assertThat(browser.find("h1").getText()).isEqualTo("Journées européennes des clusters 2015");
    assertThat(browser.all(".language-picker a")).hasSize(3);
    browser.go(site.url("ecd-2015/fr/programme/2015-03-18/"));
    assertThat(browser.find("h1").getText()).startsWith("Programme").endsWith(": Mercredi 18 mars 2015");
    browser.go(site.url("ecd-2015/de/programm/"));
    assertThat(browser.find("h1").getText()).isEqualTo("Programm");
    browser.go(site.url(DAY));
    String calendar = (String) browser.asyncJs("var done = arguments[arguments.length - 1];"
        + "fetch('2015-03-18.ics').then(function (r) { return r.text(); }).then(done, function (e) { done('' + e); });");
    assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("UID:ouverture@ecd-2015.podium");
  }

  /** A reader who first lands on the language chooser finds it, and every language's programme, offline. */
  @Test
  void afterAVisitToTheLanguageChooserItAndEveryLanguageOpenOffline() {
    site = ServedSite.get();
    browser = Browser.open(1280, 900);
    browser.go(site.url("ecd-2015/"));
    waitUntilCached("ecd-2015/");
    for (String programme : List.of("ecd-2015/en/programme/", "ecd-2015/fr/programme/", "ecd-2015/de/programm/")) {
      waitUntilCached(programme);
    }
    waitUntilCached("ecd-2015/de/programm/2015-03-19/2015-03-19.ics");
    waitUntilEveryWorkerIsActive(4);  // the edition's (the chooser) and each language's

    network(false);
    browser.go(site.url("ecd-2015/"));
    assertThat(browser.find("h1").getText()).isEqualTo("Journées européennes des clusters 2015");
    browser.find(".language-picker a[hreflang=de]").click();
    assertThat(browser.find("h1").getText()).isEqualTo("Europäische Clustertage 2015");
    browser.go(site.url("ecd-2015/de/programm/"));
    assertThat(browser.find("h1").getText()).isEqualTo("Programm");
    browser.go(site.url("ecd-2015/de/programm/2015-03-19/"));
    String calendar = (String) browser.asyncJs("var done = arguments[arguments.length - 1];"
        + "fetch('2015-03-19.ics').then(function (r) { return r.text(); }).then(done, function (e) { done('' + e); });");
    assertThat(calendar).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void afterOneVisitTheProgrammeOpensOfflineAndStillFilters() {
    site = ServedSite.get();
    browser = Browser.open(1280, 900);
    browser.go(site.url(HOME));
    waitUntilCached(DAY);
    waitUntilCached("ecd-2015/en/sessions/cloture/");

    network(false);
    browser.go(site.url(DAY + "?track=international"));
    assertThat(browser.find("h1").getText()).isEqualTo("Programme: Wednesday 18 March 2015");
    assertThat(browser.visible("main .session")).isEqualTo(4);

    browser.go(site.url("ecd-2015/en/programme/"));
    assertThat(browser.all("main .session")).hasSize(26);
    browser.go(site.url("ecd-2015/en/sessions/cloture/"));
    assertThat(browser.find(".session-actions .star").isDisplayed()).isTrue();

    // The home page's agenda comes from programme.json, which the worker keeps too.
    browser.js("localStorage.setItem('podium:ecd-2015:agenda', '[\"cloture\"]')");
    browser.go(site.url(HOME));
    browser.waitFor(() -> browser.all(".agenda-list li").size() == 1);

    // A page never fetched says so, in the page's language, instead of the browser's error page.
    browser.driver.get(site.url("ecd-2015/en/never-built/"));
    assertThat(browser.find("h1").getText()).isEqualTo("You are offline");
  }

  @Test
  void aNewBuildIsShownAsSoonAsItIsOnlineAndTheOldCacheIsDropped() throws Exception {
    site = ServedSite.get();
    browser = Browser.open(1280, 900);
    browser.go(site.url(DAY));
    waitUntilCached(DAY);
    String before = cacheNames();

    // A new build: other content, so another version in sw.js.
    Path page = site.root.resolve(DAY).resolve("index.html");
    Path worker = site.root.resolve(HOME).resolve("sw.js");
    String html = Files.readString(page, StandardCharsets.UTF_8);
    String script = Files.readString(worker, StandardCharsets.UTF_8);
    try {
      Files.writeString(page, html.replace("<h1>Programme:", "<h1>Rescheduled programme:"));
      Files.writeString(worker, script.replaceFirst("version: \"[0-9a-f]+\"", "version: \"0000new00000\""));

      browser.go(site.url(DAY));
      assertThat(browser.find("h1").getText()).startsWith("Rescheduled programme:");

      browser.js("navigator.serviceWorker.getRegistration().then(function (r) { r.update(); })");
      browser.waitFor(() -> cacheNames().contains("0000new00000") && !cacheNames().contains(before));
      network(false);
      browser.go(site.url(DAY));
      assertThat(browser.find("h1").getText()).startsWith("Rescheduled programme:");
    } finally {
      Files.writeString(page, html);
      Files.writeString(worker, script);
    }
  }

  private String cacheNames() {
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) browser.asyncJs("var done = arguments[arguments.length - 1];"
        + "caches.keys().then(done, function () { done([]); });");
    return String.join(" ", names);
  }
}
