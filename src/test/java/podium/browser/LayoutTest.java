package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The day at phone and desktop widths: a list without sideways scrolling at 360 px, rooms × time at 1280 px.
 * Screenshots of both land in target/screenshots/ for people to look at.
 */
class LayoutTest {
  private static final List<String> PAGES = List.of("ecd-2015/en/", "ecd-2015/en/programme/",
      "ecd-2015/en/programme/2015-03-18/", "ecd-2015/de/programm/2015-03-19/", "ecd-2015/fr/sessions/ouverture/",
      "ecd-2015/en/speakers/jean-luc-ansel/", "ecc-2020/de/programm/2020-11-10/", "ecc-2024/fr/programme/2024-05-07/");
  private Browser browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private Browser phone() {
    browser = Browser.phone(780);
    return browser;
  }

  @Test
  void at360PixelsNothingScrollsSidewaysAndTheDayIsOneColumn() throws Exception {
    ServedSite site = ServedSite.get();
    phone();
    for (String page : PAGES) {
      browser.go(site.url(page));
      assertThat(browser.js("return innerWidth")).as(page).isEqualTo(360L);
      assertThat((Long) browser.js("return document.documentElement.scrollWidth")).as(page).isLessThanOrEqualTo(360L);
    }
    browser.go(site.url("ecd-2015/en/programme/2015-03-18/"));
    List<Long> lefts = browser.all("main .session").stream().map(LayoutTest::left).distinct().toList();
    assertThat(lefts).hasSize(1);
    assertThat(browser.find(".more-filters").getDomAttribute("open")).isNull();
    browser.screenshot("day-360");
  }

  @Test
  void at1280PixelsParallelSessionsSitSideBySideUnderTheirRoomsAndPlenariesSpan() throws Exception {
    ServedSite site = ServedSite.get();
    browser = Browser.open(1280, 1000);
    browser.go(site.url("ecd-2015/en/programme/2015-03-18/"));
    assertThat((Long) browser.js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(1280L);

    List<WebElement> rooms = browser.all(".grid-rooms span");
    assertThat(rooms).extracting(WebElement::getText).containsExactly("Lecture theatre", "Europe room", "Rhine room");
    for (String id : List.of("marketing-branding", "internationalisation", "smart-eco-hub")) {
      WebElement card = browser.find("[data-id=" + id + "]");
      int column = List.of("marketing-branding", "internationalisation", "smart-eco-hub").indexOf(id);
      assertThat(left(card)).as(id).isEqualTo(left(rooms.get(column)));
    }
    WebElement opening = browser.find("[data-id=ouverture]");
    assertThat(left(opening)).isEqualTo(left(rooms.get(0)));
    long allRooms = right(rooms.get(2)) - left(rooms.get(0));
    assertThat((long) opening.getRect().getWidth()).isGreaterThanOrEqualTo(allRooms - 1);
    browser.screenshot("day-1280");

    browser.go(site.url("ecd-2015/en/programme/2015-03-19/"));
    browser.screenshot("day2-1280");
  }

  @Test
  void theWholeProgrammeIsAGridDayByDayAndTheReaderMayChooseTheListKeptInTheUrl() throws Exception {
    ServedSite site = ServedSite.get();
    browser = Browser.open(1280, 1000);
    browser.go(site.url("ecd-2015/en/programme/"));
    assertThat(browser.all("section.day .schedule.grid")).hasSize(2);
    List<Long> parallel = List.of("marketing-branding", "internationalisation", "smart-eco-hub").stream()
        .map(id -> browser.find("[data-id=" + id + "]").getRect().getY() * 1L).distinct().toList();
    assertThat(parallel).hasSize(1); // side by side, under their rooms
    assertThat(left(browser.find("[data-id=internationalisation]")))
        .isEqualTo(left(browser.all("section.day .grid-rooms span").get(1)));
    browser.screenshot("programme-grid-1280");

    browser.openTools().find(".view-switch").click();
    assertThat(browser.driver.getCurrentUrl()).endsWith("/programme/?tools=1&view=list");
    assertThat(browser.find(".view-switch").getText()).isEqualTo("Show as a grid of rooms");
    browser.go(browser.driver.getCurrentUrl());
    // the list: no room headers, the session under its time, the next time below it
    assertThat(browser.find("section.day .grid-rooms span").isDisplayed()).isFalse();
    assertThat(browser.find("[data-id=internationalisation]").getRect().getY())
        .isLessThan(browser.find("#slot-2015-03-18-1245").getRect().getY());
    assertThat(left(browser.find("[data-id=marketing-branding]")))
        .isGreaterThan(left(browser.find("#slot-2015-03-18-1130")));
    browser.screenshot("programme-list-1280");
  }

  /**
   * The grid's time axis is in proportion: each row between two times is at least 10.5rem (168 px) an hour tall,
   * and exactly so where its cards fit (the coffee breaks, the empty hour before the evening), so that a glance
   * tells a long session from a short one; the times stand at their rows' top edges.
   */
  @Test
  void theGridsRowsAreInProportionToTheTimeTheyLast() {
    ServedSite site = ServedSite.get();
    browser = Browser.open(1280, 1000);
    browser.go(site.url("ecd-2015/en/programme/"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) browser.js("return Array.from("
        + "document.querySelectorAll('#day-2015-03-18 ~ .schedule .grid-times span')).map(function (row) {"
        + "  var box = row.getBoundingClientRect();"
        + "  return { start: row.dataset.start.slice(11, 16), minutes: (Date.parse(row.dataset.end)"
        + "    - Date.parse(row.dataset.start)) / 60000, top: box.top + scrollY, height: box.height }; })");
    assertThat(rows).extracting(row -> row.get("start")).containsExactly("08:30", "09:15", "10:00", "11:00",
        "11:30", "12:45", "14:00", "15:15", "15:45", "17:00", "18:00");
    for (Map<String, Object> row : rows) {
      double perHour = number(row.get("height")) * 60 / number(row.get("minutes"));
      assertThat(perHour).as("%s", row).isGreaterThanOrEqualTo(167.5);
      if (List.of("11:00", "15:15", "17:00").contains(row.get("start"))) {
        assertThat(perHour).as("%s", row).isCloseTo(168, org.assertj.core.data.Offset.offset(0.5));
      }
      if (!row.get("start").equals("17:00")) {
        double heading = browser.find("#slot-2015-03-18-" + ((String) row.get("start")).replace(":", ""))
            .getRect().getY() + number(browser.js("return scrollY"));
        assertThat(heading).as("%s", row).isCloseTo(number(row.get("top")), org.assertj.core.data.Offset.offset(1.0));
      }
    }
    // one hour of the evening (18:00–20:00) is as tall as the empty hour before it
    assertThat(number(rows.get(10).get("height"))).isCloseTo(336, org.assertj.core.data.Offset.offset(0.5));
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  @Test
  void duringTheEventANowLineCrossesTheGridInProportionToTheTime() throws Exception {
    ServedSite site = ServedSite.get();
    browser = Browser.open(1280, 1000);
    browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Paris"));
    // 11:45 is a fifth of the way through the 11:30–12:45 sessions
    browser.go(site.url("ecd-2015/en/programme/?now=2015-03-18T11:45:00%2B01:00"));
    browser.waitFor(() -> !browser.all(".now-line").isEmpty());
    assertThat(browser.all(".now-line")).hasSize(1); // on the day that runs, not on the next one
    WebElement card = browser.find("[data-id=internationalisation]");
    double top = card.getRect().getY();
    double bottom = top + card.getRect().getHeight();
    double line = browser.find(".now-line").getRect().getY();
    assertThat(line).isBetween(top + (bottom - top) / 5 - 4, top + (bottom - top) / 5 + 4);
    browser.screenshot("programme-now-line-1280");

    browser.go(site.url("ecd-2015/en/programme/?now=2015-03-28T11:45:00%2B01:00"));
    assertThat(browser.all(".now-line")).isEmpty();
  }

  @Test
  void aDayPrintsOnOneA4PageWithoutTheScreenControls() {
    ServedSite site = ServedSite.get();
    browser = Browser.open(1280, 1000);
    browser.go(site.url("ecd-2015/en/programme/2015-03-18/"));
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    for (String control : List.of(".filters", ".star", ".tz-switch", ".main-nav", ".languages", ".day-switcher",
        "details.tools > summary")) {
      assertThat(browser.find(control).isDisplayed()).as(control).isFalse();
    }
    // the sheet names the congress and the day
    assertThat(browser.find(".brand").getText()).isEqualTo("European Clusters Days 2015");
    assertThat(browser.find("h1").getText()).isEqualTo("Programme: Wednesday 18 March 2015");
    assertThat(browser.find("[data-id=internationalisation]").isDisplayed()).isTrue();

    Map<String, Object> pdf = browser.driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
    String document = new String(java.util.Base64.getDecoder().decode((String) pdf.get("data")),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(document).results().count()).isEqualTo(1);
    assertThat(document).containsPattern("/MediaBox \\[0 0 59[45]\\.\\d+ 841\\.\\d+\\]"); // A4 in points
  }

  private static long right(WebElement element) {
    return element.getRect().getX() + element.getRect().getWidth();
  }

  private static long left(WebElement element) {
    return element.getRect().getX();
  }
}
