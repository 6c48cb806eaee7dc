package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The agenda flags starred sessions that changed since the reader's last visit (the sample ecc-2024: the
 * matchmaking moved from room A to room B, the health and defence workshop was cancelled), once: the next visit has
 * seen them.
 */
class AgendaChangesTest {
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
  void aStarredSessionThatMovedOrWasCancelledIsFlaggedOnce() {
    browser.go(site.url("ecc-2024/en/"));
    // this first visit records what it saw once programme.json has come: wait, or it would overwrite the seed
    browser.waitFor(() -> browser.js("return localStorage.getItem('podium:ecc-2024:seen')") != null);
    browser.js("localStorage.clear();"
        + "localStorage.setItem('podium:ecc-2024:agenda', '[\"matchmaking\", \"health-defence\", \"opening\"]');"
        + "localStorage.setItem('podium:ecc-2024:seen', JSON.stringify({"
        + "matchmaking: {start: '2024-05-07T16:00:00+02:00', end: '2024-05-07T17:15:00+02:00', room: 'room-a',"
        + " status: 'confirmed'},"
        + "'health-defence': {start: '2024-05-08T10:45:00+02:00', end: '2024-05-08T12:00:00+02:00',"
        + " room: 'room-b', status: 'confirmed'},"
        + "opening: {start: '2024-05-07T09:30:00+02:00', end: '2024-05-07T10:15:00+02:00', room: 'plenary-hall',"
        + " status: 'confirmed'}}));");
    browser.go(site.url("ecc-2024/en/"));
    browser.waitFor(() -> browser.all(".agenda-flag").size() == 2);
    assertThat(flag("matchmaking")).isEqualTo("Changed: moved to Breakout room B");
    assertThat(flag("health-defence")).isEqualTo("Changed: cancelled");
    assertThat(browser.all(".agenda-list li[data-session=opening] .agenda-flag")).isEmpty();

    browser.go(site.url("ecc-2024/en/"));
    browser.waitFor(() -> browser.all(".agenda-list li").size() == 3);
    browser.waitFor(() -> !browser.all(".agenda-list li[data-session]").isEmpty());
    assertThat(browser.all(".agenda-flag")).as("seen on the last visit").isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private static String flag(String session) {
    WebElement item = browser.find(".agenda-list li[data-session=" + session + "]");
    return item.findElement(By.className("agenda-flag")).getText();
  }
}
