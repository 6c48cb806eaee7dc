package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Times: the event's clock by default and labelled so, the reader's clock on request; now and next. */
class TimeTest {
  private static final String DAY = "ecd-2015/en/programme/2015-03-18/";
  private Browser browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  /** A browser whose own clock is in {@code zone}, as a visitor's from there would be. */
  private Browser browserIn(String zone) {
    browser = Browser.open(1280, 900);
    browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    return browser;
  }

  private String firstStart() {
    return browser.find("main .session .when time").getText();
  }

  @Test
  void theSwitchShowsTimesInTheReadersZoneAndIsRemembered() {
    ServedSite site = ServedSite.get();
    browserIn("America/New_York").go(site.url(DAY)).openTools();
    assertThat(browser.find(".zone-event").getText()).isEqualTo("All times are local to the event (Europe/Paris).");
    assertThat(firstStart()).isEqualTo("08:30");
    assertThat(browser.find(".tz-switch").getText()).isEqualTo("Show times in my time zone (America/New_York)");

    browser.find(".tz-switch").click();

    // the button says what a press will do next, not what it did
    assertThat(browser.find(".tz-switch").getDomAttribute("aria-pressed")).isNull();
    assertThat(browser.find(".tz-switch").getText()).isEqualTo("Show times in the event's time zone (Europe/Paris)");
    assertThat(browser.find(".zone-local").getText())
        .isEqualTo("Times are shown in your time zone (America/New_York).");
    assertThat(firstStart()).isEqualTo("03:30"); // 08:30 CET is 07:30 UTC, 03:30 EDT
    assertThat(browser.find("[data-id=soiree-networking] .when time").getText()).isEqualTo("13:00");

    browser.go(site.url("ecd-2015/en/sessions/soiree-networking/"));
    assertThat(browser.find(".facts time").getText()).isEqualTo("13:00");

    browser.go(site.url(DAY)).openTools();
    browser.find(".tz-switch").click();
    assertThat(firstStart()).isEqualTo("08:30");
    assertThat(browser.find(".zone-local").isDisplayed()).isFalse();
  }

  @Test
  void aTimeOnAnotherDayInTheReadersZoneNamesThatDay() {
    browserIn("Asia/Tokyo").go(site().url(DAY)).openTools();
    browser.find(".tz-switch").click();
    // 18:00 in Strasbourg is 02:00 the next morning in Tokyo.
    assertThat(browser.find("[data-id=soiree-networking] .when time").getText()).contains("02:00").contains("19");
  }

  @Test
  void inTheEventZoneThereIsNothingToSwitch() {
    browserIn("Europe/Paris").go(site().url(DAY));
    assertThat(browser.find(".tz-switch").isDisplayed()).isFalse();
  }

  @Test
  void duringTheEventRunningSessionsAreMarkedAndNowAndNextAreListed() {
    browserIn("Europe/Paris").go(site().url(DAY + "?now=2015-03-18T11:45:00%2B01:00"));
    browser.waitFor(() -> browser.find(".now-next").isDisplayed());

    assertThat(browser.all("main .session.is-now").stream().map(card -> card.getDomAttribute("data-id")))
        .containsExactly("marketing-branding", "internationalisation", "smart-eco-hub");
    assertThat(browser.find("[data-id=internationalisation] .now-badge").getText()).isEqualTo("Now");
    assertThat(browser.all(".now-list li")).hasSize(3);
    assertThat(browser.find(".next-list").getText()).contains("12:45").contains("Lunch");

    browser.go(site().url("ecd-2015/en/?now=2015-03-16T11:45:00%2B01:00"));
    assertThat(browser.find(".now-next").isDisplayed()).isFalse();
  }

  private static ServedSite site() {
    return ServedSite.get();
  }
}
