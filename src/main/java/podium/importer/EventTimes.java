package podium.importer;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * A frab event's time: its {@code date} (an instant with its offset), its {@code start} clock and its
 * {@code duration}. Nothing is moved: the offset must be the time zone's at that instant and the clock must
 * agree with the date, or the event is reported, since one of them is wrong and guessing which would move it.
 */
final class EventTimes {
  private static final Pattern DURATION = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

  private EventTimes() {}

  record Span(ZonedDateTime start, ZonedDateTime end) {}

  static Span read(String what, String date, String start, String duration, ZoneId zone, Position at, String shown,
      Problems problems) {
    OffsetDateTime instant = parse(date);
    if (instant == null) {
      problems.error(shown, at, what + ": " + (date == null ? "no date" : "invalid date '" + date + "'"),
          "frab writes it as 2024-05-07T09:30:00+02:00");
      return null;
    }
    ZoneOffset expected = zone.getRules().getOffset(instant.toInstant());
    if (!instant.getOffset().equals(expected)) {
      problems.error(shown, at, what + ": date " + date + " is not a time of " + zone.getId() + " (the offset there is "
          + expected.getId() + ")", "write the date with the offset of the schedule's time zone");
      return null;
    }
    ZonedDateTime from = instant.atZoneSameInstant(zone);
    if (start != null && !start.equals(clock(from)) && !start.equals(clock(from) + ":00")) {
      problems.error(shown, at, what + ": start " + start + " does not agree with its date " + date, null);
      return null;
    }
    Matcher matcher = duration == null ? null : DURATION.matcher(duration.strip());
    if (matcher == null || !matcher.matches()) {
      problems.error(shown, at, what + ": " + (duration == null ? "no duration" : "invalid duration '" + duration + "'"),
          "write it as HH:MM");
      return null;
    }
    long minutes = (matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1)) * 24 * 60)
        + Long.parseLong(matcher.group(2)) * 60 + Long.parseLong(matcher.group(3));
    ZonedDateTime to = from.plusMinutes(minutes);
    return check(what, new Span(from, to), at, shown, problems) ? new Span(from, to) : null;
  }

  /** A session lasts some minutes and ends on the day it starts (by the clock: Podium writes one date). */
  static boolean check(String what, Span span, Position at, String shown, Problems problems) {
    if (!span.end().isAfter(span.start())) {
      problems.error(shown, at, what + ": end " + clock(span.end()) + " is " + (span.end().isEqual(span.start())
          ? "its start" : "before start " + clock(span.start())), null);
      return false;
    }
    if (!span.end().toLocalDate().equals(span.start().toLocalDate())) {
      problems.error(shown, at, what + ": runs past midnight (" + span.start().toLocalDate() + " " + clock(span.start())
          + " to " + span.end().toLocalDate() + " " + clock(span.end()) + ")",
          "a session ends on the day it starts: split it in two");
      return false;
    }
    return true;
  }

  /**
   * A local time without offset (Sessionize, a table) in {@code zone}; null (reported) when the clocks skip it
   * or show it twice that day, since either reading would move the session.
   */
  static ZonedDateTime local(String what, String field, java.time.LocalDateTime local, ZoneId zone, Position at,
      String shown, Problems problems) {
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      return ZonedDateTime.ofLocal(local, zone, null);
    }
    problems.error(shown, at, what + ": " + field + " " + local.toLocalTime() + " on " + local.toLocalDate()
        + (offsets.isEmpty() ? " does not exist in " : " occurs twice in ") + zone.getId()
        + (offsets.isEmpty() ? " (the clocks go forward)" : " (the clocks go back)"),
        "move the session, or set its time in the edition's sessions.yaml");
    return null;
  }

  static String clock(ZonedDateTime at) {
    return LocalTime.of(at.getHour(), at.getMinute()).toString();
  }

  private static OffsetDateTime parse(String date) {
    try {
      return date == null ? null : OffsetDateTime.parse(date.strip());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
