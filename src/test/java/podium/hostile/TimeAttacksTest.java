package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import podium.Minimal;
import podium.TestSite;

/**
 * Times are real: a clock reading that does not exist on its date in the edition's zone (the hour skipped when
 * clocks go forward) or exists twice (the hour repeated when they go back, unless an offset says which) is
 * refused at the value, and sessions crossing a change last what they really last in every export. In 2030
 * Paris goes forward on 31 March (02:00 → 03:00) and back on 27 October (03:00 → 02:00).
 */
class TimeAttacksTest {
  private static final String SPRING = "2030-03-31";
  private static final String AUTUMN = "2030-10-27";
  private static final String MOVE = "(move the session, or write the time after the change)";
  private static final String WHICH_0230 = "(write \"02:30+02:00\" for the first, before the change, or "
      + "\"02:30+01:00\" for the second)";

  @TempDir
  Path folder;

  /** The minimal edition over the day before {@code day} and that day, with these sessions instead of its own. */
  private static String programme(String day, String... sessions) {
    String edition = Minimal.EDITION.replace("start: 2030-03-04", "start: " + (day.equals(SPRING)
        ? "2030-03-30" : "2030-10-26")).replace("end: 2030-03-05", "end: " + day);
    return edition + "-- data/demo/sessions.yaml --\n" + String.join("", sessions);
  }

  /**
   * A session of seven lines: the k-th (from 0) has its date on line 7k+3, start on 7k+4 (value at column 10),
   * end on 7k+5 (column 8) and room on 7k+6 (column 9).
   */
  private static String session(String id, String room, String date, String start, String end) {
    return "- id: " + id + "\n  title: {en: " + id + "}\n  date: " + date + "\n  start: \"" + start + "\"\n  end: \""
        + end + "\"\n  room: " + room + "\n  languages: [en]\n";
  }

  private void assertRefused(String attack, String... lines) {
    TestSite site = Hostile.builtThenChanged(folder, attack);
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1, lines);
    before.assertUnchanged();
  }

  @Test
  void aStartInTheSkippedHourIsRefused() {
    assertRefused(programme(SPRING, session("night", "lab", SPRING, "02:30", "03:15")),
        "data/demo/sessions.yaml:4:10: error: 02:30 does not exist on 2030-03-31 in Europe/Paris (clocks go "
            + "forward from 02:00 to 03:00) " + MOVE);
  }

  @Test
  void anEndInTheSkippedHourIsRefused() {
    assertRefused(programme(SPRING, session("night", "lab", SPRING, "01:30", "02:15")),
        "data/demo/sessions.yaml:5:8: error: 02:15 does not exist on 2030-03-31 in Europe/Paris (clocks go "
            + "forward from 02:00 to 03:00) " + MOVE);
  }

  @Test
  void aTimeInTheRepeatedHourMustSayWhichOneItMeans() {
    assertRefused(programme(AUTUMN, session("night", "lab", AUTUMN, "02:30", "02:50")),
        "data/demo/sessions.yaml:4:10: error: 02:30 occurs twice on 2030-10-27 in Europe/Paris (clocks go back "
            + "from 03:00 to 02:00) " + WHICH_0230,
        "data/demo/sessions.yaml:5:8: error: 02:50 occurs twice on 2030-10-27 in Europe/Paris (clocks go back "
            + "from 03:00 to 02:00) (write \"02:50+02:00\" for the first, before the change, or \"02:50+01:00\" "
            + "for the second)");
  }

  @Test
  void anOffsetTheZoneDoesNotHaveThenIsRefused() {
    assertRefused(programme(AUTUMN, session("night", "lab", AUTUMN, "02:30+05:00", "09:00+02:00")),
        "data/demo/sessions.yaml:4:10: error: 02:30+05:00 is not a time on 2030-10-27 in Europe/Paris "
            + WHICH_0230,
        "data/demo/sessions.yaml:5:8: error: 09:00+02:00 is not a time on 2030-10-27 in Europe/Paris (the offset "
            + "there is +01:00; or leave the offset out)");
  }

  @Test
  void aSessionEndingBeforeItStartsIsFoundOnInstantsNotClockReadings() {
    // 02:15 after the change is 01:15 UTC; 02:45 before it is 00:45 UTC
    assertRefused(programme(AUTUMN, session("night", "lab", AUTUMN, "02:15+01:00", "02:45+02:00")),
        "data/demo/sessions.yaml:5:8: error: session ends (02:45+02:00) before it starts (02:15+01:00)");
  }

  @Test
  void sessionsOverlappingInTheRepeatedHourAreFoundOnInstants() {
    // 'early' runs 00:40–01:50 UTC and contains 'late' (01:00–01:30 UTC), though its clock readings follow it
    assertRefused(programme(AUTUMN, session("late", "lab", AUTUMN, "02:00+01:00", "02:30+01:00"),
            session("early", "lab", AUTUMN, "02:40+02:00", "02:50+01:00")),
        "data/demo/sessions.yaml:6:9: error: session 'late' overlaps session 'early' in room 'lab' ('early' runs "
            + "02:40+02:00–02:50+01:00 on 2030-10-27)");
  }

  @Test
  void sessionsCrossingTheAutumnChangeLastWhatTheyReallyLast() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL + programme(AUTUMN,
        session("night", "lab", AUTUMN, "02:30+02:00", "02:15+01:00"),
        session("second", "lab", AUTUMN, "02:20+01:00", "02:50+01:00"),
        session("long", "hall", AUTUMN, "01:30", "03:30")));
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    assertExports(site, Map.of("night", "2030-10-27T00:30:00Z/PT45M", "second", "2030-10-27T01:20:00Z/PT30M",
        "long", "2030-10-26T23:30:00Z/PT3H"));
    assertThat(site.file("demo/en/schedule.xml")).contains("<date>2030-10-27T02:30:00+02:00</date>")
        .contains("<date>2030-10-27T02:20:00+01:00</date>");
    // on the pages, a time in the repeated hour says which one it is; elsewhere times stay as printed
    assertThat(site.file("demo/en/programme/2030-10-27/index.html")).contains("02:30 (UTC+02:00)")
        .contains("02:15 (UTC+01:00)").contains("02:20 (UTC+01:00)").contains("01:30").doesNotContain("01:30 (UTC");
  }

  @Test
  void aSessionCrossingTheSpringChangeLastsAnHourLess() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL + programme(SPRING,
        session("night", "lab", SPRING, "01:30", "03:30")));
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    assertExports(site, Map.of("night", "2030-03-31T00:30:00Z/PT1H"));
  }

  /** Each session's start and duration, as {@code instant/duration}, in schedule.xml, schedule.json and .ics. */
  private static void assertExports(TestSite site, Map<String, String> expected) throws Exception {
    assertThat(fromFrabXml(site.file("demo/en/schedule.xml"))).as("schedule.xml").isEqualTo(expected);
    assertThat(fromFrabJson(site.file("demo/en/schedule.json"))).as("schedule.json").isEqualTo(expected);
    assertThat(fromCalendar(site.file("demo/en/programme.ics"))).as("programme.ics").isEqualTo(expected);
    for (String id : expected.keySet()) {
      assertThat(fromCalendar(site.file("demo/en/sessions/" + id + "/" + id + ".ics"))).as(id + ".ics")
          .containsExactly(Map.entry(id, expected.get(id)));
    }
  }

  private static Map<String, String> fromFrabXml(String xml) throws Exception {
    Map<String, String> found = new LinkedHashMap<>();
    NodeList events = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("event");
    for (int i = 0; i < events.getLength(); i++) {
      Element event = (Element) events.item(i);
      found.put(child(event, "title"), at(child(event, "date"), child(event, "duration")));
    }
    return found;
  }

  private static String child(Element element, String name) {
    return element.getElementsByTagName(name).item(0).getTextContent();
  }

  private static Map<String, String> fromFrabJson(String json) throws Exception {
    Map<String, String> found = new LinkedHashMap<>();
    for (JsonNode event : new ObjectMapper().readTree(json).findParents("duration")) {
      String slot = at(event.get("date").asText(), event.get("duration").asText());
      assertThat(Instant.parse(slot.substring(0, slot.indexOf('/'))).plus(Duration.parse(slot.substring(
          slot.indexOf('/') + 1)))).isEqualTo(java.time.OffsetDateTime.parse(event.get("end").asText()).toInstant());
      found.put(event.get("title").asText(), slot);
    }
    return found;
  }

  /** A frab date (ISO 8601 with offset) and duration ({@code HH:MM}) as {@code instant/duration}. */
  private static String at(String date, String hoursMinutes) {
    assertThat(hoursMinutes).matches("\\d\\d:\\d\\d");
    Duration length = Duration.ofHours(Integer.parseInt(hoursMinutes.substring(0, 2)))
        .plusMinutes(Integer.parseInt(hoursMinutes.substring(3)));
    return java.time.OffsetDateTime.parse(date).toInstant() + "/" + length;
  }

  /** Each event of an iCalendar file read by ical4j, by the session id of its UID. */
  private static Map<String, String> fromCalendar(String ics) throws Exception {
    Map<String, String> found = new LinkedHashMap<>();
    for (VEvent event : new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)))
        .<VEvent>getComponents("VEVENT")) {
      Instant start = instant(event.getDateTimeStart().getDate());
      Instant end = instant(event.getDateTimeEnd().getDate());
      String uid = event.getUid().orElseThrow().getValue();
      found.put(uid.substring(0, uid.indexOf('@')), start + "/" + Duration.between(start, end));
    }
    return found;
  }

  private static Instant instant(Temporal time) {
    return time instanceof Instant instant ? instant : Instant.from(time);
  }
}
