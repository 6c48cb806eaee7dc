package podium.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import podium.diagnostic.Position;

/**
 * The conference fields schedule.xml and schedule.json share: the time zone every event is read in (the
 * file's own, which must be the edition's when that is already known: times are never moved to another
 * zone) and the first and last day.
 */
final class Conference {
  private Conference() {}

  /** The zone to read the events in, or null (reported) when there is none or it disagrees. */
  static ZoneId zone(Values values, Position at, String written, ZoneId known) {
    ZoneId zone = null;
    if (written != null) {
      try {
        zone = ZoneId.of(written.strip());
      } catch (DateTimeException e) {
        values.error(at, "unknown time zone '" + written + "'", "use an IANA name such as Europe/Brussels");
        return null;
      }
    }
    if (zone != null && known != null && !zone.equals(known)) {
      values.error(at, "the schedule's time zone " + zone.getId() + " is not the edition's (" + known.getId() + ")",
          "times are not moved from one zone to another: import into an edition in " + zone.getId());
      return null;
    }
    if (zone == null && known == null) {
      values.error(at, "the schedule names no time zone", "give it with --timezone, such as Europe/Brussels");
    }
    return zone != null ? zone : known;
  }

  /** A day written as a date or as a date and time ("2024-05-07T09:00:00+02:00"); null when it is neither. */
  static LocalDate day(Values values, Position at, String what, String written) {
    if (written == null) {
      values.error(at, "the schedule has no " + what + " date", null);
      return null;
    }
    try {
      return LocalDate.parse(written.length() > 10 ? written.substring(0, 10) : written);
    } catch (DateTimeException e) {
      values.error(at, "invalid " + what + " date '" + written + "'", "write it as YYYY-MM-DD");
      return null;
    }
  }
}
