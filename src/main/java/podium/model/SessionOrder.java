package podium.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one order sessions are listed in, everywhere: pages (programme, days, room grid, speakers, previous and
 * next in a room), programme.json, the frab schedules and every iCalendar file.
 *
 * <p>Decided once: by start time; sessions starting together in the edition's room order (the order of
 * {@code rooms:} in edition.yaml, which is how editors lay out the venue, not the alphabet of the room ids);
 * the session id last, so two sessions starting together in one room (a validation error, but the preview
 * shows the last good site) still come out the same every build.
 */
public final class SessionOrder {
  private SessionOrder() {}

  /** The order for an edition with these rooms; a room not among them (none, once validated) comes last. */
  public static Comparator<Session> of(List<Room> rooms) {
    Map<String, Integer> roomOrder = new HashMap<>();
    for (Room room : rooms) {
      roomOrder.putIfAbsent(room.id(), roomOrder.size());
    }
    return Comparator.comparing(Session::start)
        .thenComparingInt((Session session) -> roomOrder.getOrDefault(session.room().id(), Integer.MAX_VALUE))
        .thenComparing(Session::id);
  }
}
