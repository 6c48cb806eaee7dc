package podium.assemble;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import podium.assemble.Contents.DaySchedule;
import podium.assemble.Contents.Slot;
import podium.model.Day;
import podium.model.Edition;
import podium.model.Photo;
import podium.model.Room;
import podium.model.Session;
import podium.model.Speaker;

/**
 * An edition's programme in one language: a card per session, the days with their time slots, and who
 * speaks where. Built once per language in linear time; every page of that language reads from it.
 */
final class Programme {
  final Map<String, SessionCard> cards = new LinkedHashMap<>();
  final List<DaySchedule> days = new ArrayList<>();
  final Map<String, List<SessionCard>> bySpeaker = new HashMap<>();
  final Map<String, SessionCard> previousInRoom = new HashMap<>();
  final Map<String, SessionCard> nextInRoom = new HashMap<>();
  /** Each session's local date, by id: a neighbour's card names its time only as text. */
  final Map<String, LocalDate> dates = new HashMap<>();
  final Contents.Facets facets;
  /** Grid lines and room columns the stylesheet has classes for; a day needing more is shown as a list. */
  static final int MAX_GRID_LINES = 40;
  static final int MAX_GRID_ROOMS = 8;
  /**
   * The time axis: a row's minimum height is one stylesheet unit per five minutes (d-1 … d-48 in
   * programme.css), so that an hour is as tall in every row; a longer gap (over four hours) is drawn as four.
   */
  static final int GRID_UNIT_MINUTES = 5;
  static final int MAX_GRID_UNITS = 48;
  /** Track colours in the stylesheet; further tracks reuse them in turn. */
  static final int TRACK_COLOURS = 8;

  Programme(Edition edition, Localizer local, Routes routes) {
    String language = local.language();
    Map<String, Integer> roomOrder = new HashMap<>();
    for (Room room : edition.rooms()) {
      roomOrder.put(room.id(), roomOrder.size());
    }
    List<Session> ordered = edition.sessions(); // in SessionOrder, as every listing
    for (Session session : ordered) {
      SessionCard card = card(session, local, routes,
          session.track() == null ? -1 : edition.tracks().indexOf(session.track()));
      cards.put(session.id(), card);
      dates.put(session.id(), session.start().toLocalDate());
      for (Speaker speaker : session.speakers()) {
        bySpeaker.computeIfAbsent(speaker.id(), id -> new ArrayList<>()).add(card);
      }
    }
    linkNeighboursInRooms(ordered);
    Map<LocalDate, List<Session>> byDate = new HashMap<>();
    for (Session session : ordered) {
      byDate.computeIfAbsent(session.start().toLocalDate(), date -> new ArrayList<>()).add(session);
    }
    for (Day day : edition.days()) {
      Map<String, List<SessionCard>> slots = new LinkedHashMap<>();
      Map<String, String> slotIso = new HashMap<>();
      List<Session> sessions = byDate.getOrDefault(day.date(), List.of());
      for (Session session : sessions) {
        SessionCard card = cards.get(session.id());
        slots.computeIfAbsent(card.start(), start -> new ArrayList<>()).add(card);
        slotIso.putIfAbsent(card.start(), card.startIso());
      }
      List<Slot> daySlots = new ArrayList<>();
      slots.forEach((start, list) -> daySlots.add(new Slot(start, slotIso.get(start), List.copyOf(list))));
      days.add(new DaySchedule(day.date().toString(), local.date(day.date()), local.text(day.title()),
          routes.day(language, day.date()), List.copyOf(daySlots),
          daySlots.stream().mapToInt(slot -> slot.sessions().size()).sum(), routes.dayCalendar(language, day.date()),
          grid(sessions, roomOrder, local)));
    }
    facets = facets(edition, local);
  }

  /**
   * The day as rooms × time, or null when a list says it as well (no parallel sessions) or the stylesheet has
   * too few classes. A session is alone when no other overlaps it: it then spans every room column.
   */
  private static Contents.Grid grid(List<Session> sessions, Map<String, Integer> roomOrder, Localizer local) {
    TreeMap<Instant, String> times = new TreeMap<>(); // each time with its offset in the edition's zone
    Set<String> alone = new HashSet<>();
    Instant latestEnd = Instant.MIN;
    for (int i = 0; i < sessions.size(); i++) { // sorted by start: one sweep finds the sessions running alone
      Session session = sessions.get(i);
      Instant start = session.start().toInstant();
      Instant end = session.end().toInstant();
      boolean nextStartsLater = i + 1 == sessions.size() || !sessions.get(i + 1).start().toInstant().isBefore(end);
      if (!latestEnd.isAfter(start) && nextStartsLater) {
        alone.add(session.id());
      }
      latestEnd = latestEnd.isAfter(end) ? latestEnd : end;
      times.putIfAbsent(start, session.start().toOffsetDateTime().toString());
      times.putIfAbsent(end, session.end().toOffsetDateTime().toString());
    }
    List<Room> rooms = sessions.stream().filter(session -> !alone.contains(session.id())).map(Session::room)
        .distinct().sorted(Comparator.comparing(room -> roomOrder.get(room.id()))).toList();
    if (rooms.size() < 2 || rooms.size() > MAX_GRID_ROOMS || times.size() + 1 > MAX_GRID_LINES) {
      return null;
    }
    List<Instant> lines = List.copyOf(times.keySet());
    Map<String, Contents.Place> places = new HashMap<>();
    for (Session session : sessions) {
      int column = alone.contains(session.id()) ? 0 : rooms.indexOf(session.room()) + 1;
      places.put(session.id(), new Contents.Place(column, lines.indexOf(session.start().toInstant()) + 2,
          lines.indexOf(session.end().toInstant()) + 2));
    }
    // Sorted, so the page's content (and the offline cache version hashed from it) is the same every build.
    return new Contents.Grid(rooms.stream().map(room -> local.text(room.name())).toList(),
        intervals(lines, times), Collections.unmodifiableMap(new TreeMap<>(places)));
  }

  /** The rows between successive times, each with its length in units (rounded up, so none is empty). */
  private static List<Contents.Interval> intervals(List<Instant> lines, Map<Instant, String> iso) {
    List<Contents.Interval> intervals = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      long seconds = java.time.Duration.between(lines.get(i), lines.get(i + 1)).toSeconds();
      long units = (seconds + GRID_UNIT_MINUTES * 60 - 1) / (GRID_UNIT_MINUTES * 60);
      intervals.add(new Contents.Interval(i + 2, (int) Math.min(units, MAX_GRID_UNITS), iso.get(lines.get(i)),
          iso.get(lines.get(i + 1))));
    }
    return List.copyOf(intervals);
  }

  /** The tracks, rooms, types and languages (held in or interpreted into) the sessions use, in edition order. */
  private static Contents.Facets facets(Edition edition, Localizer local) {
    Set<Object> used = new HashSet<>();
    Set<String> spoken = new LinkedHashSet<>();
    for (Session session : edition.sessions()) {
      used.add(session.room());
      used.add(session.track());
      used.add(session.type());
      spoken.addAll(session.heldIn());
      spoken.addAll(session.interpretation()); // the filter is "understandable in": held in or interpreted into
    }
    return new Contents.Facets(
        edition.tracks().stream().filter(used::contains)
            .map(track -> new Contents.Option(track.id(), local.text(track.name()))).toList(),
        edition.rooms().stream().filter(used::contains)
            .map(room -> new Contents.Option(room.id(), local.text(room.name()))).toList(),
        edition.types().stream().filter(used::contains)
            .map(type -> new Contents.Option(type.id(), local.text(type.name()))).toList(),
        java.util.stream.Stream.concat(edition.languages().stream().filter(spoken::contains),
                spoken.stream().filter(code -> !edition.languages().contains(code))) // the site's languages first
            .map(code -> new SessionCard.LanguageRef(code, local.languageName(code))).toList());
  }

  private void linkNeighboursInRooms(List<Session> ordered) {
    Map<String, SessionCard> lastInRoom = new HashMap<>();
    for (Session session : ordered) {
      SessionCard card = cards.get(session.id());
      SessionCard previous = lastInRoom.put(session.room().id(), card);
      if (previous != null) {
        previousInRoom.put(card.id(), previous);
        nextInRoom.put(previous.id(), card);
      }
    }
  }

  /** The card of a session; {@code trackIndex} is its track's place in the edition (-1 without a track). */
  private static SessionCard card(Session session, Localizer local, Routes routes, int trackIndex) {
    String language = local.language();
    List<SessionCard.SpeakerRef> speakers = session.speakers().stream()
        .map(speaker -> speakerRef(speaker, local, routes)).toList();
    return new SessionCard(session.id(), routes.session(language, session.id()), local.text(session.title()),
        local.time(session.start()), local.time(session.end()), session.start().toOffsetDateTime().toString(),
        session.end().toOffsetDateTime().toString(), session.room().id(), local.text(session.room().name()),
        session.track() == null ? null : session.track().id(),
        session.track() == null ? Text.NONE : local.text(session.track().name()),
        session.type() == null ? null : session.type().id(),
        session.type() == null ? Text.NONE : local.text(session.type().name()), speakers,
        session.heldIn().stream().map(code -> new SessionCard.LanguageRef(code, local.languageName(code))).toList(),
        session.interpretation().stream()
            .map(code -> new SessionCard.LanguageRef(code, local.languageName(code))).toList(),
        local.text(session.summary()), trackIndex < 0 ? 0 : trackIndex % TRACK_COLOURS + 1, session.cancelled(),
        routes.edition().history().of(session.id()).latest().stream()
            .map(change -> local.strings().getOrDefault(change.messageKey(), change.messageKey())).toList(),
        local.date(session.start().toLocalDate()), session.room().stream(),
        session.type() == null || !SessionCard.BREAK.equals(session.type().id()));
  }

  static SessionCard.SpeakerRef speakerRef(Speaker speaker, Localizer local, Routes routes) {
    Photo photo = speaker.photo();
    SessionCard.PhotoView view = photo == null ? null : new SessionCard.PhotoView(
        routes.picture(PhotoFiles.thumbnail(speaker)), routes.picture(PhotoFiles.pageImage(speaker)),
        local.text(photo.alt()));
    return new SessionCard.SpeakerRef(speaker.id(), speaker.name(), routes.speaker(local.language(), speaker.id()),
        local.text(speaker.affiliation()), view);
  }
}
