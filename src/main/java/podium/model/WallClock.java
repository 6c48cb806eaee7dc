package podium.model;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * How a time reads on the clocks of its zone. A reading in the hour the clocks repeat when they go back
 * happens twice, so only its offset from UTC tells which instant it is: programmes, error messages and pages
 * then write that offset.
 */
public final class WallClock {
  private WallClock() {}

  /** Whether the clock reading of {@code time} happens twice on its day. */
  public static boolean isRepeated(ZonedDateTime time) {
    return time.getZone().getRules().getValidOffsets(time.toLocalDateTime()).size() > 1;
  }

  /** An offset as it is written after a time, {@code +00:00} included (Java writes that one as {@code Z}). */
  public static String offset(ZoneOffset offset) {
    int minutes = offset.getTotalSeconds() / 60;
    return String.format(Locale.ROOT, "%s%02d:%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60,
        Math.abs(minutes) % 60);
  }
}
