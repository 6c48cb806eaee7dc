package podium.importer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import podium.diagnostic.Position;

/**
 * One schedule as a source gives it, in one language, before it meets the project. Events name their room,
 * track, type and speakers by key (frab: the room's name; Sessionize: its number); {@code id} is the id an item
 * gets when the edition does not have it yet, and {@code guid} the source's own identifier, when it has one.
 * {@code notes} are what the command prints about what it left out (Sessionize's sessions without a time).
 */
record Imported(String language, Conference conference, List<Named> rooms, List<Named> tracks, List<Named> types,
    List<Event> events, List<Person> people, List<String> notes) {

  /** Null fields are what the source does not say (Sessionize has no time zone, a table no title). */
  record Conference(String title, LocalDate start, LocalDate end, ZoneId zone) {}

  /** A room, track or session type; {@code description} is a room's floor, {@code url} its live stream. */
  record Named(String key, String id, String guid, String name, String description, String url) {}

  record Event(Position at, String guid, String id, String title, ZonedDateTime start, ZonedDateTime end,
      String room, String track, String type, List<String> speakers, List<String> heldIn,
      List<String> interpretation, String summary, String description, List<Ref> links) {}

  record Person(String key, String id, String guid, String name, String bio, String affiliation) {}

  record Ref(String title, String url) {}
}
