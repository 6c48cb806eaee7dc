package podium.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import podium.model.WallClock;

/**
 * The one rule that turns a time written in the programme into an instant: a clock reading on a date, in
 * the edition's time zone. Where daylight saving time makes that reading ambiguous it is refused, never
 * shifted: a time in the hour skipped when clocks go forward does not exist, and a time in the hour repeated
 * when they go back exists twice, so it must say which one it means by its offset from UTC
 * ({@code "02:30+02:00"}, the first, still on summer time in Paris; {@code "02:30+01:00"}, the second).
 * Everything after validation computes on the resulting instants.
 */
final class LocalTimes {
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}:\\d{2})([+-]\\d{2}:\\d{2})?");

  private LocalTimes() {}

  /** A time as written: a clock reading and, when given, the offset from UTC it means. */
  record Written(LocalTime clock, ZoneOffset offset) {
    @Override
    public String toString() {
      return offset == null ? clock.toString() : clock + WallClock.offset(offset);
    }
  }

  /** The time at {@code pointer}, or null when missing or malformed (reported). */
  static Written parse(FileChecks checks, String pointer, String text) {
    if (!checks.require(pointer, text)) {
      return null;
    }
    Matcher matcher = TIME.matcher(text.strip());
    try {
      if (matcher.matches()) {
        String clock = matcher.group(1).length() == 4 ? "0" + matcher.group(1) : matcher.group(1);
        return new Written(LocalTime.parse(clock), matcher.group(2) == null ? null : ZoneOffset.of(matcher.group(2)));
      }
    } catch (DateTimeException e) {
      // reported below, as any other malformed time
    }
    checks.error(pointer, "invalid time '" + text + "'", "write times as HH:MM, on a 24-hour clock");
    return null;
  }

  /** The instant a written time means on {@code date} in {@code zone}, or null when it means none or two. */
  static ZonedDateTime resolve(FileChecks checks, String pointer, LocalDate date, Written time, ZoneId zone) {
    LocalDateTime local = date.atTime(time.clock());
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    ZoneOffsetTransition change = zone.getRules().getTransition(local);
    String where = " on " + date + " in " + zone.getId();
    if (offsets.isEmpty()) {
      checks.error(pointer, time.clock() + " does not exist" + where + " (clocks go forward from "
          + change.getDateTimeBefore().toLocalTime() + " to " + change.getDateTimeAfter().toLocalTime() + ")",
          "move the session, or write the time after the change");
      return null;
    }
    if (time.offset() != null && !offsets.contains(time.offset())) {
      checks.error(pointer, time + " is not a time" + where, offsets.size() == 1 ? "the offset there is "
          + WallClock.offset(offsets.get(0)) + "; or leave the offset out" : choice(time.clock(), change));
      return null;
    }
    if (time.offset() == null && offsets.size() > 1) {
      checks.error(pointer, time.clock() + " occurs twice" + where + " (clocks go back from "
          + change.getDateTimeBefore().toLocalTime() + " to " + change.getDateTimeAfter().toLocalTime() + ")",
          choice(time.clock(), change));
      return null;
    }
    return ZonedDateTime.ofLocal(local, zone, time.offset());
  }

  /**
   * A resolved time as a programme writes it: its clock reading, with its offset only where the clock alone
   * would not say which instant it is (the hour the clocks repeat).
   */
  static String written(ZonedDateTime time) {
    return new Written(time.toLocalTime(), WallClock.isRepeated(time) ? time.getOffset() : null).toString();
  }

  private static String choice(LocalTime clock, ZoneOffsetTransition change) {
    return "write \"" + clock + WallClock.offset(change.getOffsetBefore()) + "\" for the first, before the change, "
        + "or \"" + clock + WallClock.offset(change.getOffsetAfter()) + "\" for the second";
  }
}
