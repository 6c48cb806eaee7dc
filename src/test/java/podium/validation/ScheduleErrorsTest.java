package podium.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.validation.InvalidInput.assertProblems;
import static podium.validation.InvalidInput.sessionsWith;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/**
 * Dates, times and rooms: what a programme cannot contain. The second session of {@link podium.Minimal}
 * ('workshop', lab, 2030-03-05 10:00–11:00) is moved around; its date is on line 15, start 16, end 17, room 18.
 */
class ScheduleErrorsTest {
  @TempDir
  Path folder;

  @Test
  void aSessionEndingBeforeItStartsIsReportedAtItsEnd() {
    assertProblems(folder, sessionsWith("  end: \"11:00\"", "  end: \"09:30\""),
        "data/demo/sessions.yaml:17:8: error: session ends (09:30) before it starts (10:00)");
  }

  @Test
  void aSessionEndingWhenItStartsIsReportedAtItsEnd() {
    assertProblems(folder, sessionsWith("  end: \"11:00\"", "  end: \"10:00\""),
        "data/demo/sessions.yaml:17:8: error: session ends (10:00) when it starts (10:00)");
  }

  @Test
  void aSessionAfterTheEditionsLastDay() {
    assertProblems(folder, sessionsWith("  date: 2030-03-05", "  date: 2030-03-07"),
        "data/demo/sessions.yaml:15:9: error: session date 2030-03-07 is outside the edition (2030-03-04 to "
            + "2030-03-05)");
  }

  @Test
  void aSessionBeforeTheEditionsFirstDay() {
    assertProblems(folder, sessionsWith("  date: 2030-03-05", "  date: 2029-03-05"),
        "data/demo/sessions.yaml:15:9: error: session date 2029-03-05 is outside the edition (2030-03-04 to "
            + "2030-03-05)");
  }

  @Test
  void twoSessionsInOneRoomAtOnceAreReportedAtTheLaterOnesRoom() {
    assertProblems(folder, inTheHallOnTheFirstDay("09:15", "11:00"),
        "data/demo/sessions.yaml:18:9: error: session 'workshop' overlaps session 'opening' in room 'hall' "
            + "('opening' runs 09:00–09:30 on 2030-03-04)");
  }

  @Test
  void aSessionInsideAnotherInTheSameRoomOverlapsIt() {
    assertProblems(folder, inTheHallOnTheFirstDay("09:10", "09:20"),
        "data/demo/sessions.yaml:18:9: error: session 'workshop' overlaps session 'opening' in room 'hall' "
            + "('opening' runs 09:00–09:30 on 2030-03-04)");
  }

  @Test
  void backToBackSessionsInOneRoomAreFine() {
    TestSite.Run run = InvalidInput.build(folder, inTheHallOnTheFirstDay("09:30", "11:00"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aDraftSessionDoesNotTakeItsRoom() {
    TestSite.Run run = InvalidInput.build(folder, inTheHallOnTheFirstDay("09:15", "11:00")
        .replace("  languages: [fr]", "  languages: [fr]\n  draft: true"));

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void aDateThatDoesNotExist() {
    assertProblems(folder, sessionsWith("  date: 2030-03-05", "  date: 2030-02-30"),
        "data/demo/sessions.yaml:15:9: error: invalid date '2030-02-30' (write dates as YYYY-MM-DD)");
  }

  @Test
  void aDateNotWrittenAsYearMonthDay() {
    assertProblems(folder, sessionsWith("  date: 2030-03-05", "  date: 5.3.2030"),
        "data/demo/sessions.yaml:15:9: error: invalid date '5.3.2030' (write dates as YYYY-MM-DD)");
  }

  @Test
  void aTimeThatDoesNotExist() {
    assertProblems(folder, sessionsWith("  start: \"10:00\"", "  start: \"25:00\""),
        "data/demo/sessions.yaml:16:10: error: invalid time '25:00' (write times as HH:MM, on a 24-hour clock)");
  }

  @Test
  void aTimeOnATwelveHourClock() {
    assertProblems(folder, sessionsWith("  start: \"10:00\"", "  start: 10am"),
        "data/demo/sessions.yaml:16:10: error: invalid time '10am' (write times as HH:MM, on a 24-hour clock)");
  }

  @Test
  void aSessionWithoutStart() {
    assertProblems(folder, sessionsWith("  start: \"10:00\"\n", ""),
        "data/demo/sessions.yaml:13:3: error: missing required key 'start'");
  }

  /** The minimal sessions with 'workshop' moved to the hall on the first day, from {@code start} to {@code end}. */
  private static String inTheHallOnTheFirstDay(String start, String end) {
    return sessionsWith("  date: 2030-03-05", "  date: 2030-03-04").replace("  room: lab", "  room: hall")
        .replace("  start: \"10:00\"", "  start: \"" + start + "\"").replace("  end: \"11:00\"", "  end: \"" + end + "\"");
  }
}
