package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * What an attendee looks for: every session of a speaker with its day, search in the descriptions, the
 * languages they understand, join links during the event, and times that say their day in another zone.
 */
class AttendeeTest {
  private Browser browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private static ServedSite site() {
    return ServedSite.get();
  }

  private Browser browserIn(String zone) {
    browser = Browser.open(1280, 900);
    browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    return browser;
  }

  @Test
  void aSpeakersPageDatesEverySession() throws Exception {
    browserIn("Europe/Paris").go(site().url("ecd-2015/en/speakers/jean-luc-ansel/"));
    List<String> starts = browser.all("main .session .when time:first-child").stream().map(WebElement::getText)
        .toList();
    assertThat(starts).containsExactly("Wednesday 18 March 2015, 09:15", "Wednesday 18 March 2015, 10:00",
        "Thursday 19 March 2015, 12:15");
    browser.screenshot("speaker-1280");
  }

  @Test
  void searchFindsAWordOfADescriptionFromAnIndexFetchedOnlyWhenSearching() {
    browserIn("Europe/Brussels").go(site().url("ecc-2024/en/programme/"));
    assertThat(searchIndexRequests()).isZero();

    browser.openTools().find("#f-q").sendKeys("magnets");

    browser.waitFor(() -> browser.visible("main .session") == 1);
    assertThat(browser.all("main .session").stream().filter(WebElement::isDisplayed)
        .map(card -> card.getDomAttribute("data-id"))).containsExactly("opening");
    assertThat(searchIndexRequests()).isEqualTo(1);
    // a link that arrives with a search fetches the index at once
    browser.go(site().url("ecc-2024/fr/programme/?q=attirer%20les%20investissements"));
    browser.waitFor(() -> browser.visible("main .session") == 1);
  }

  private long searchIndexRequests() {
    return (Long) browser.js("return performance.getEntriesByType('resource')"
        + ".filter(e => e.name.endsWith('/search.json')).length");
  }

  @Test
  void theLanguageFilterKeepsSessionsInterpretedIntoTheLanguageAndSaysSo() {
    browserIn("Europe/Brussels").go(site().url("ecc-2024/en/programme/?lang=fr"));
    assertThat(browser.find("label[for=f-lang]").getText()).isEqualTo("Understandable in");
    List<String> shown = browser.all("main .session").stream().filter(WebElement::isDisplayed)
        .map(card -> card.getDomAttribute("data-id")).toList();
    assertThat(shown).contains("opening", "closing");
    assertThat(browser.find("[data-id=opening] .spoken").getText())
        .isEqualTo("Held in: English · Interpretation: French, German");
    long breaks = browser.all("main .session.type-break").stream().filter(WebElement::isDisplayed).count();
    assertThat(shown.size() - breaks).isGreaterThan(breaks);
  }

  @Test
  void duringASessionItsJoinLinkIsLiveOnTheProgrammeInNowAndNextAndOnItsPage() throws Exception {
    String now = "?now=2020-11-10T09:15:00%2B01:00";
    browserIn("Europe/Berlin").go(site().url("ecc-2020/en/programme/" + now));
    browser.waitFor(() -> browser.find(".now-next").isDisplayed());
    WebElement live = browser.find("[data-id=welcome] a.join");
    assertThat(live.getText()).startsWith("Live Join");
    assertThat(live.getAccessibleName()).isEqualTo("Live Join : Opening: Commissioner Thierry Breton");
    assertThat(live.getAttribute("class")).contains("is-live");
    assertThat(live.getDomAttribute("href")).isEqualTo("https://example.org/ecc-2020/stream/main-stage");
    assertThat(browser.find("[data-id=altmaier-speech] a.join").getText()).startsWith("Join");
    assertThat(browser.find("[data-id=altmaier-speech] a.join").getAttribute("class")).doesNotContain("is-live");
    assertThat(browser.find(".now-list a.join").getText()).isEqualTo("Live Join");
    assertThat(browser.find(".next-list a.join").getText()).isEqualTo("Join");
    browser.screenshot("programme-live-1280");

    browser.go(site().url("ecc-2020/fr/sessions/welcome/" + now));
    assertThat(browser.find(".session-page a.join").getText()).isEqualTo("En direct Rejoindre");
    browser.go(site().url("ecc-2020/fr/sessions/welcome/?now=2020-11-10T10:15:00%2B01:00"));
    assertThat(browser.find(".session-page a.join").getText()).isEqualTo("Rejoindre");
  }

  @Test
  void aSessionPastMidnightInTheReadersZoneNamesItsDayOnceAndTheButtonSaysWhatItDoes() {
    browserIn("Asia/Tokyo").go(site().url("ecc-2024/en/programme/2024-05-07/")).openTools();
    assertThat(browser.find(".tz-switch").getText()).isEqualTo("Show times in my time zone (Asia/Tokyo)");
    browser.find(".tz-switch").click();
    List<WebElement> times = browser.all("[data-id=reception] .when time");
    // 17:30–19:30 in Brussels is 00:30–02:30 on Wednesday in Tokyo: the start names the day, the end does not
    assertThat(times.get(0).getText()).contains("00:30").contains("8").contains("Wed");
    assertThat(times.get(1).getText()).isEqualTo("02:30");
    assertThat(browser.find(".tz-switch").getText())
        .isEqualTo("Show times in the event's time zone (Europe/Brussels)");
    browser.find(".tz-switch").click();
  }

  @Test
  void inTheEveningNextSaysTomorrow() {
    browserIn("Europe/Brussels").go(site().url("ecc-2024/en/?now=2024-05-07T21:00:00%2B02:00"));
    browser.waitFor(() -> browser.find(".now-next").isDisplayed());
    assertThat(browser.find(".next-list li").getText()).startsWith("tomorrow 08:30–");
    browser.go(site().url("ecc-2024/de/?now=2024-05-07T21:00:00%2B02:00"));
    browser.waitFor(() -> browser.find(".now-next").isDisplayed());
    assertThat(browser.find(".next-list li").getText()).startsWith("morgen 08:30–");
  }
}
