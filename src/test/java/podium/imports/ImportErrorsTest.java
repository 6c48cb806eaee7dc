package podium.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.imports.ImportFrabTest.importFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/**
 * Every element that cannot be imported is reported where it is, exactly (XML: where the parser is after the
 * element's start tag; JSON: at the object's brace); then nothing is written.
 */
class ImportErrorsTest {
  @TempDir
  Path folder;

  static String schedule(String events) {
    return """
        <schedule>
          <conference>
            <title>Demo</title>
            <acronym>demo</acronym>
            <start>2025-03-29</start>
            <end>2025-03-30</end>
            <time_zone_name>Europe/Paris</time_zone_name>
          </conference>
          <day index="1" date="2025-03-29">
            <room name="Hall">
        """ + events + """
            </room>
          </day>
        </schedule>
        """;
  }

  static String event(String title, String date, String start, String duration, String extra) {
    return "<event guid=\"" + title.hashCode() + "\"><title>" + title + "</title><date>" + date + "</date><start>"
        + start + "</start><duration>" + duration + "</duration><room>Hall</room>" + extra + "</event>\n";
  }

  @Test
  void everyBadEventIsReportedAtItsLineAndNothingIsWritten() throws IOException {
    TestSite site = TestSite.write(folder, "");
    String events = event("Fine", "2025-03-29T10:00:00+01:00", "10:00", "01:00", "")
        + event("Nothing", "2025-03-29T11:00:00+01:00", "11:00", "00:00", "")
        + event("Late", "2025-03-29T23:30:00+01:00", "23:30", "01:00", "")
        + event("Wrong offset", "2025-03-29T10:00:00+02:00", "10:00", "01:00", "")
        + event("Disagrees", "2025-03-29T10:00:00+01:00", "11:00", "01:00", "")
        + event("No date", "tomorrow", "10:00", "01:00", "")
        + event("Bad link", "2025-03-29T12:00:00+01:00", "12:00", "01:00",
            "<links><link href=\"javascript:alert(1)\">x</link></links><language>english</language>");

    TestSite.Run run = importFile(site, "schedule.xml", schedule(events), "--edition", "demo", "--language", "en",
        "--online");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("""
        schedule.xml:12:26: error: event 'Nothing': end 11:00 is its start
        schedule.xml:13:23: error: event 'Late': runs past midnight (2025-03-29 23:30 to 2025-03-30 00:30) (a session ends on the day it starts: split it in two)
        schedule.xml:14:27: error: event 'Wrong offset': date 2025-03-29T10:00:00+02:00 is not a time of Europe/Paris (the offset there is +01:00) (write the date with the offset of the schedule's time zone)
        schedule.xml:15:26: error: event 'Disagrees': start 11:00 does not agree with its date 2025-03-29T10:00:00+01:00
        schedule.xml:16:26: error: event 'No date': invalid date 'tomorrow' (frab writes it as 2024-05-07T09:30:00+02:00)
        schedule.xml:17:26: error: event 'Bad link': invalid language code 'english' (write codes such as en, fr, de)
        schedule.xml:17:26: error: event 'Bad link': link to 'javascript:alert(1)' is not allowed (links may use http, https, mailto or a relative address)
        7 problems; nothing was written
        """);
    assertThat(site.root().resolve("data")).doesNotExist();
  }

  @Test
  void xmlThatIsNotWellFormedIsReportedWhereTheParserStopped() throws IOException {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = importFile(site, "schedule.xml", "<schedule>\n  <conference>\n</schedule>\n", "--edition",
        "demo", "--language", "en", "--online");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("""
        schedule.xml:3:3: error: not well-formed XML: The element type "conference" must be terminated by the matching end-tag "</conference>".
        1 problem; nothing was written
        """);
  }

  @Test
  void jsonThatIsNotJsonIsReportedWhereTheParserStopped() throws IOException {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = importFile(site, "schedule.json", "{\"schedule\": {\n  \"conference\": [1, 2,]\n}}\n",
        "--edition", "demo", "--language", "en", "--online");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("""
        schedule.json:2:23: error: not valid JSON: Unexpected character (']' (code 93)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')
        1 problem; nothing was written
        """);
  }

  @Test
  void aJsonEventWithoutRoomOrTitleIsReportedAtItsBrace() throws IOException {
    TestSite site = TestSite.write(folder, "");
    String json = Pretalx.JSON.replace("\"title\": \"Hands on open data\",", "")
        .replace("\"duration\": \"00:30\", \"room\": \"Main Hall\",", "\"duration\": \"00:3O\",");

    TestSite.Run run = importFile(site, "schedule.json", json, "--edition", "demo", "--language", "en", "--online");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("""
        schedule.json:29:12: error: event 'Opening & welcome': invalid duration '00:3O' (write it as HH:MM)
        schedule.json:44:12: error: event 9c8c4e3f-1b55-5b3c-8e1a-1d2f3a4b5c6d has no title
        2 problems; nothing was written
        """);
    assertThat(Files.exists(site.root().resolve("data"))).isFalse();
  }
}
