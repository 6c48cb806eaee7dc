package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/** The iCalendar files parse with ical4j and hold what calendar apps need. */
class CalendarsTest {
  @TempDir
  Path folder;

  @Test
  void everyCalendarParsesWithTimezoneUidAndZonedTimes() throws Exception {
    TestSite.write(folder, Tricky.ALL);
    Map<String, byte[]> calendars = Exports.ending(Exports.of(folder), ".ics");
    // per language: the programme, 2 days, 2 sessions, 2 speakers
    assertThat(calendars).hasSize(14).containsKeys("tricky/en/programme.ics",
        "tricky/en/programme/2031-03-30/2031-03-30.ics", "tricky/de/sessions/tricky/tricky.ics",
        "tricky/de/referierende/bob/bob.ics", "tricky/en/speakers/idle/idle.ics");
    for (Map.Entry<String, byte[]> file : calendars.entrySet()) {
      Calendar calendar = parse(file.getValue());
      assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue())
          .isEqualTo("-//Podium//Congress programme//EN");
      assertThat(calendar.getComponent("VTIMEZONE")).as(file.getKey()).isPresent();
      for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
        assertThat(event.getUid().orElseThrow().getValue()).endsWith("@tricky.podium");
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Berlin");
        assertThat(event.getDateTimeEnd().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Berlin");
        assertThat(event.getDateTimeStamp().getValue()).isEqualTo("20310329T000000Z");
      }
      String text = new String(file.getValue(), StandardCharsets.UTF_8);
      for (String line : text.split("\r\n")) {
        assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(file.getKey() + ": " + line).isLessThanOrEqualTo(75);
      }
      assertThat(text).doesNotContain("?\r\n ").endsWith("END:VCALENDAR\r\n");
    }
    assertThat(events(calendars.get("tricky/en/programme.ics"))).hasSize(2);
    assertThat(events(calendars.get("tricky/en/speakers/bob/bob.ics"))).hasSize(1);
    assertThat(events(calendars.get("tricky/en/speakers/idle/idle.ics"))).isEmpty();
  }

  @Test
  void aSessionCalendarHasItsEventWithEscapedText() throws Exception {
    TestSite.write(folder, Tricky.ALL);
    Map<String, byte[]> files = Exports.of(folder);
    byte[] bytes = files.get("tricky/en/sessions/tricky/tricky.ics");
    String raw = new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
    assertThat(raw).contains("SUMMARY;LANGUAGE=en:Comma\\, semicolon\\; line\\ntwo");
    VEvent event = events(bytes).get(0);
    assertThat(event.getSummary().getValue()).isEqualTo(Tricky.TITLE_EN);
    assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("tricky@tricky.podium");
    assertThat(event.getDateTimeStart().getValue()).isEqualTo("20310329T090000");
    assertThat(event.getDateTimeEnd().getValue()).isEqualTo("20310329T103000");
    assertThat(value(event, Property.LOCATION)).isEqualTo("Hall A, Haus \"A\", Saal; 1, Berlin");
    assertThat(value(event, Property.CATEGORIES)).isEqualTo("Policy\\, practice");
    assertThat(value(event, Property.URL)).isEqualTo("https://example.org/tricky/en/sessions/tricky/");
    assertThat(value(event, Property.DESCRIPTION)).as("abstract falls back to German")
        .startsWith("Grüße aus Köln 😀").contains("Bob \"The Builder\" <b> (Build & Co)");
    VEvent german = events(files.get("tricky/de/programm/2031-03-30/2031-03-30.ics")).get(0);
    assertThat(german.getDateTimeStart().getValue()).as("after the switch to summer time").isEqualTo("20310330T090000");
    assertThat(german.getUid().orElseThrow().getValue()).isEqualTo("after-switch@tricky.podium");
  }

  @Test
  void withoutBaseUrlThereIsNoUrl() throws Exception {
    TestSite.write(folder, Minimal.ALL);
    VEvent event = events(Exports.of(folder).get("demo/fr/sessions/opening/opening.ics")).get(0);
    assertThat(event.getProperty(Property.URL)).isEmpty();
    assertThat(event.getSummary().getValue()).isEqualTo("Ouverture");
    assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
    assertThat(value(event, Property.LOCATION)).isEqualTo("Grande salle, Palais des congrès");
  }

  @Test
  void aZoneThatIcal4jDoesNotBundleIsWrittenInUtc() throws Exception {
    // ical4j would invent a VTIMEZONE for it from today's date, so it gets none: every time is in UTC
    TestSite.write(folder, Minimal.ALL.replace("timezone: Europe/Paris", "timezone: SystemV/EST5"));
    Map<String, byte[]> files = Exports.of(folder);
    Calendar calendar = parse(files.get("demo/en/sessions/opening/opening.ics"));
    assertThat(calendar.getComponent("VTIMEZONE")).isEmpty();
    VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
    assertThat(event.getDateTimeStart().getValue()).isEqualTo("20300304T140000Z");
    assertThat(event.getDateTimeEnd().getValue()).isEqualTo("20300304T143000Z");
    assertThat(Exports.of(folder).get("demo/en/programme.ics")).isEqualTo(files.get("demo/en/programme.ics"));
    assertThat(FrabSchemas.jsonProblems(files.get("demo/en/schedule.json"))).as("time_zone_name left out").isEmpty();
    assertThat(FrabSchemas.xmlProblem(files.get("demo/en/schedule.xml"))).isNull();
  }

  static Calendar parse(byte[] bytes) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
  }

  static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }

  static List<VEvent> events(byte[] bytes) throws Exception {
    return parse(bytes).getComponents("VEVENT");
  }
}
