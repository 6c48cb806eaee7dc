package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** My agenda: stars on cards and session pages, kept across reloads and languages, a view, an export. */
class AgendaTest {
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
  void starredSessionsPersistFormTheMySessionsViewAndExportAsValidICalendar() throws Exception {
    browser.go(site.url("ecd-2015/en/programme/2015-03-18/"));
    browser.js("localStorage.clear()");
    browser.go(site.url("ecd-2015/en/programme/2015-03-18/"));
    assertThat(browser.find("[data-star=internationalisation]").getDomAttribute("aria-pressed")).isEqualTo("false");

    browser.find("[data-star=internationalisation]").click();
    assertThat(browser.find("[data-star=internationalisation]").getDomAttribute("aria-pressed")).isEqualTo("true");

    // On the session page of another day, the star has a visible label.
    browser.go(site.url("ecd-2015/en/sessions/cloture/"));
    assertThat(browser.find(".session-actions .star").getText()).isEqualTo("Save to my agenda");
    browser.find(".session-actions .star").click();

    browser.go(site.url("ecd-2015/en/programme/2015-03-18/"));
    assertThat(browser.find("[data-star=internationalisation]").getDomAttribute("aria-pressed")).isEqualTo("true");
    browser.openTools().find("label[for=f-mine]").click();
    assertThat(browser.all("main .session").stream().filter(card -> card.isDisplayed())
        .map(card -> card.getDomAttribute("data-id"))).containsExactly("internationalisation");
    assertThat(browser.driver.getCurrentUrl()).endsWith("?mine=1");

    browser.go(site.url("ecd-2015/en/programme/?mine=1"));
    assertThat(browser.all("main .session").stream().filter(card -> card.isDisplayed())
        .map(card -> card.getDomAttribute("data-id"))).containsExactly("internationalisation", "cloture");

    // The home page lists the agenda and offers it as a calendar file.
    browser.go(site.url("ecd-2015/en/"));
    browser.waitFor(() -> browser.all(".agenda-list li").size() == 2);
    assertThat(browser.find(".agenda-count").getText()).isEqualTo("2 sessions in my agenda");
    browser.find(".my-agenda .agenda-export").click();
    Path file = downloaded("ecd-2015-en-agenda.ics");

    byte[] bytes = Files.readAllBytes(file);
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("\r\n").doesNotContain("\r\n\r\n");
    Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    VEvent first = events.get(0);
    assertThat(value(first, Property.UID)).isEqualTo("internationalisation@ecd-2015.podium");
    assertThat(value(first, Property.SUMMARY)).isEqualTo("Internationalisation: ten key steps and the Danish example");
    // the sample editions have a base_url: the session's absolute address, as in its own .ics file
    assertThat(value(first, Property.URL))
        .isEqualTo("https://congresses.example.org/ecd-2015/en/sessions/internationalisation/");
    assertThat(value(events.get(1), Property.UID)).isEqualTo("cloture@ecd-2015.podium");
    // the events are those of the sessions' own .ics files, to the byte, with the edition's time zone
    assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
    for (VEvent event : events) {
      String id = value(event, Property.UID).replace("@ecd-2015.podium", "");
      Calendar own = new CalendarBuilder().build(new ByteArrayInputStream(
          Files.readAllBytes(site.root.resolve("ecd-2015/en/sessions/" + id + "/" + id + ".ics"))));
      assertThat(own.<VEvent>getComponents("VEVENT")).containsExactly(event);
      assertThat(event.toString()).isEqualTo(own.getComponents("VEVENT").get(0).toString());
    }
  }

  @Test
  void theLanguageSwitcherKeepsThePageAndTheAgenda() {
    browser.go(site.url("ecd-2015/en/sessions/ouverture/"));
    if ("false".equals(browser.find(".session-actions .star").getDomAttribute("aria-pressed"))) {
      browser.find(".session-actions .star").click();
    }

    browser.find("nav.languages a[hreflang=de]").click();
    browser.go(browser.driver.getCurrentUrl());

    assertThat(browser.driver.getCurrentUrl()).isEqualTo(site.url("ecd-2015/de/sessions/ouverture/"));
    assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("de");
    assertThat(browser.find(".session-actions .star").getText()).isEqualTo("In meiner Agenda");
    assertThat(browser.find(".session-actions .star").getDomAttribute("aria-pressed")).isEqualTo("true");
  }

  @Test
  void theStarAndTheCalendarFileHaveDistinctLabelsAndThePressedStarSaysSo() {
    browser.go(site.url("ecd-2015/fr/sessions/ouverture/"));
    browser.js("localStorage.clear()");
    browser.go(site.url("ecd-2015/fr/sessions/ouverture/"));
    var star = browser.find(".session-actions .star");
    assertThat(star.getText()).isEqualTo("Garder dans mon agenda");
    assertThat(browser.find(".session-actions a[download]").getText())
        .isEqualTo("Télécharger le fichier calendrier (.ics)");
    assertThat(star.getDomAttribute("aria-pressed")).isEqualTo("false");

    star.click();

    assertThat(star.getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(star.getText()).isEqualTo("Dans mon agenda");
    assertThat(star.getAccessibleName()).isEqualTo("Dans mon agenda");
    browser.go(site.url("ecd-2015/fr/programme/2015-03-18/"));
    // on cards the name also says which session: "Dans mon agenda : Ouverture…"
    assertThat(browser.find("[data-star=ouverture]").getAccessibleName()).startsWith("Dans mon agenda\u00a0: ")
        .contains("Ouverture");
    assertThat(browser.find("[data-star=internationalisation]").getAccessibleName())
        .startsWith("Garder dans mon agenda\u00a0: ");
  }

  @Test
  void breaksHaveNoStar() {
    browser.go(site.url("ecd-2015/en/programme/2015-03-18/"));
    assertThat(browser.all("[data-id=pause-matin-jour1] .star")).isEmpty();
    assertThat(browser.all("[data-id=ouverture] .star")).hasSize(1);
    browser.go(site.url("ecd-2015/en/sessions/pause-matin-jour1/"));
    assertThat(browser.all(".star")).isEmpty();
  }

  @Test
  void twoStarredSessionsAtTheSameTimeAreEachWarnedOfTheOther() throws Exception {
    browser.go(site.url("ecd-2015/en/programme/2015-03-18/"));
    browser.js("localStorage.clear()");
    browser.go(site.url("ecd-2015/en/programme/2015-03-18/"));
    browser.find("[data-star=internationalisation]").click();
    assertThat(browser.all(".overlap")).isEmpty();

    browser.find("[data-star=marketing-branding]").click();

    browser.waitFor(() -> browser.all(".overlap").size() == 2);
    assertThat(browser.find("[data-id=internationalisation] .overlap").getText())
        .isEqualTo("Overlaps Cluster marketing and branding, also in my agenda");
    assertThat(browser.find("[data-id=marketing-branding] .overlap").getText())
        .startsWith("Overlaps Internationalisation");
    browser.screenshot("agenda-overlap-1280");

    browser.go(site.url("ecd-2015/en/"));
    browser.waitFor(() -> browser.all(".agenda-list li .overlap").size() == 2);
    browser.go(site.url("ecd-2015/en/sessions/internationalisation/"));
    browser.waitFor(() -> browser.all(".session-page .overlap").size() == 1);

    browser.find(".session-actions .star").click();
    browser.waitFor(() -> browser.all(".overlap").isEmpty());
  }

  private static Path downloaded(String name) throws Exception {
    Path file = browser.downloads.resolve(name);
    browser.waitFor(() -> Files.isRegularFile(file) && noPartialDownloads());
    return file;
  }

  private static boolean noPartialDownloads() {
    try (Stream<Path> files = Files.list(browser.downloads)) {
      return files.noneMatch(path -> path.toString().endsWith(".crdownload"));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }
}
