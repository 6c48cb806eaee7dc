package podium.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.validation.InvalidInput.editionWith;
import static podium.validation.InvalidInput.problems;
import static podium.validation.InvalidInput.sessionsWith;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/** Dates, times and rooms: what a programme cannot contain. */
class ScheduleErrorsTest {
  @TempDir
  Path folder;

  @Test
  void aSessionEndingBeforeItStarts() {
    assertThat(problems(folder, sessionsWith("  end: \"11:00\"", "  end: \"09:30\""))).containsExactly(
        "data/demo/sessions.yaml:17:8: error: session ends (09:30) before it starts (10:00)");
  }

  @Test
  void aSessionEndingWhenItStarts() {
    assertThat(problems(folder, sessionsWith("  end: \"11:00\"", "  end: \"10:00\""))).containsExactly(
        "data/demo/sessions.yaml:17:8: error: session ends (10:00) when it starts (10:00)");
  }

  @Test
  void aSessionOutsideTheEditionsDates() {
    assertThat(problems(folder, sessionsWith("  date: 2030-03-05", "  date: 2030-03-07"))).containsExactly(
        "data/demo/sessions.yaml:15:9: error: session date 2030-03-07 is outside the edition (2030-03-04 to "
            + "2030-03-05)");
  }

  @Test
  void twoSessionsInOneRoomAtOnce() {
    String sessions = sessionsWith("  room: lab", "  room: hall").replace("2030-03-05", "2030-03-04")
        .replace("\"10:00\"", "\"09:15\"");

    assertThat(problems(folder, sessions)).containsExactly(
        "data/demo/sessions.yaml:18:9: error: session 'workshop' overlaps session 'opening' in room 'hall' "
            + "('opening' runs 09:00–09:30 on 2030-03-04)");
  }

  @Test
  void backToBackSessionsInOneRoomAreFine() {
    String sessions = sessionsWith("  room: lab", "  room: hall").replace("2030-03-05", "2030-03-04")
        .replace("\"10:00\"", "\"09:30\"");

    TestSite.Run run = InvalidInput.build(folder, sessions);

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void aDateThatDoesNotExist() {
    assertThat(problems(folder, sessionsWith("  date: 2030-03-05", "  date: 2030-02-30"))).containsExactly(
        "data/demo/sessions.yaml:15:9: error: invalid date '2030-02-30' (write dates as YYYY-MM-DD)");
  }

  @Test
  void aTimeThatDoesNotExist() {
    assertThat(problems(folder, sessionsWith("  start: \"10:00\"", "  start: \"25:00\""))).containsExactly(
        "data/demo/sessions.yaml:16:10: error: invalid time '25:00' (write times as HH:MM, on a 24-hour clock)");
  }

  @Test
  void anUnknownTimezone() {
    assertThat(problems(folder, editionWith("timezone: Europe/Paris", "timezone: Europe/Pariss"))).containsExactly(
        "data/demo/edition.yaml:6:11: error: unknown timezone 'Europe/Pariss' (use an IANA name such as "
            + "Europe/Paris)");
  }

  @Test
  void problemsInSeveralFilesAreAllReportedSortedByFileAndLine() {
    String changes = sessionsWith("  room: lab", "  room: kitchen").replace("track: policy", "track: polcy")
        + Minimal.SPEAKERS + "- id: ada\n  name: Ada Again\n"
        + "-- content/demo/en/about.md --\n---\ntitle: About\nwieght: 3\n---\nText\n";

    assertThat(problems(folder, changes)).containsExactly(
        "content/demo/en/about.md:3:1: error: unknown key 'wieght' (did you mean 'weight'?)",
        "data/demo/sessions.yaml:7:10: error: unknown track 'polcy' (did you mean 'policy'?)",
        "data/demo/sessions.yaml:18:9: error: unknown room 'kitchen' (expected one of: hall, lab)",
        "data/demo/speakers.yaml:5:7: error: duplicate speaker id 'ada' (first defined at line 1)");
  }
}
