package podium.assemble;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import podium.model.Edition;
import podium.model.Session;

/**
 * The speakers page: the wall, and what its filter offers. A day or track is offered only when a speaker's
 * session is on it, and only when there is a choice (two days or tracks or more), as the programme's filters
 * do; each speaker carries the days and tracks of their sessions, which the filter matches in the browser.
 */
final class SpeakerWall {
  private SpeakerWall() {}

  static Contents.Speakers of(Edition edition, Programme programme, List<SessionCard.SpeakerRef> people) {
    Map<String, Set<String>> days = new HashMap<>();
    Map<String, Set<String>> tracks = new HashMap<>();
    for (Session session : edition.sessions()) {
      String day = session.start().toLocalDate().toString();
      session.speakers().forEach(speaker -> {
        days.computeIfAbsent(speaker.id(), id -> new TreeSet<>()).add(day);
        if (session.track() != null) {
          tracks.computeIfAbsent(speaker.id(), id -> new TreeSet<>()).add(session.track().id());
        }
      });
    }
    Set<String> daysUsed = days.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    Set<String> tracksUsed = tracks.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    List<Contents.DayLink> dayChoices = programme.days.stream().filter(day -> daysUsed.contains(day.date()))
        .map(day -> new Contents.DayLink(day.date(), day.label(), day.url())).toList();
    List<Contents.Option> trackChoices = programme.facets.tracks().stream()
        .filter(track -> tracksUsed.contains(track.id())).toList();
    Map<String, Contents.SpeakerFacets> facets = new TreeMap<>();
    people.forEach(person -> facets.put(person.id(), new Contents.SpeakerFacets(
        String.join(" ", days.getOrDefault(person.id(), Set.of())),
        String.join(" ", tracks.getOrDefault(person.id(), Set.of())))));
    return new Contents.Speakers(people, dayChoices.size() > 1 ? dayChoices : List.of(),
        trackChoices.size() > 1 ? trackChoices : List.of(), facets);
  }
}
