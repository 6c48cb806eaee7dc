package podium.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.assemble.Contents.DaySchedule;
import podium.assemble.Contents.Slot;
import podium.model.Day;
import podium.model.Edition;
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

  Programme(Edition edition, Localizer local, Routes routes) {
    String language = local.language();
    Map<String, Integer> roomOrder = new HashMap<>();
    for (Room room : edition.rooms()) {
      roomOrder.put(room.id(), roomOrder.size());
    }
    List<Session> ordered = edition.sessions().stream()
        .sorted(Comparator.comparing(Session::start).thenComparing(s -> roomOrder.get(s.room().id()))
            .thenComparing(Session::id))
        .toList();
    for (Session session : ordered) {
      SessionCard card = card(session, local, routes);
      cards.put(session.id(), card);
      for (Speaker speaker : session.speakers()) {
        bySpeaker.computeIfAbsent(speaker.id(), id -> new ArrayList<>()).add(card);
      }
    }
    linkNeighboursInRooms(ordered);
    Map<java.time.LocalDate, List<SessionCard>> byDate = new HashMap<>();
    for (Session session : ordered) {
      byDate.computeIfAbsent(session.start().toLocalDate(), date -> new ArrayList<>()).add(cards.get(session.id()));
    }
    for (Day day : edition.days()) {
      Map<String, List<SessionCard>> slots = new LinkedHashMap<>();
      Map<String, String> slotIso = new HashMap<>();
      for (SessionCard card : byDate.getOrDefault(day.date(), List.of())) {
        slots.computeIfAbsent(card.start(), start -> new ArrayList<>()).add(card);
        slotIso.putIfAbsent(card.start(), card.startIso());
      }
      List<Slot> daySlots = new ArrayList<>();
      slots.forEach((start, list) -> daySlots.add(new Slot(start, slotIso.get(start), List.copyOf(list))));
      days.add(new DaySchedule(day.date().toString(), local.date(day.date()), local.text(day.title()),
          routes.day(language, day.date()), List.copyOf(daySlots),
          daySlots.stream().mapToInt(slot -> slot.sessions().size()).sum(), routes.dayCalendar(language, day.date())));
    }
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

  private static SessionCard card(Session session, Localizer local, Routes routes) {
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
        local.text(session.summary()));
  }

  static SessionCard.SpeakerRef speakerRef(Speaker speaker, Localizer local, Routes routes) {
    return new SessionCard.SpeakerRef(speaker.id(), speaker.name(), routes.speaker(local.language(), speaker.id()),
        local.text(speaker.affiliation()));
  }
}
