package podium.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import podium.load.EditionDoc;
import podium.model.Localized;

/**
 * The edition file after an import: a new edition gets the schedule's title, days, time zone and language
 * (with the venue given on the command line, as no schedule format says where the event is); an existing one
 * gets the title in the schedule's language, the schedule's days and the language added, and keeps the rest.
 */
final class EditionMerge {
  /** What the command line says for a new edition. */
  record Defaults(String name, String venue, boolean online) {}

  static final Names.Shape<EditionDoc.RoomDoc> ROOMS = new Names.Shape<>(EditionDoc.RoomDoc::id,
      EditionDoc.RoomDoc::name, (old, id, name, imported, language, order) -> new EditionDoc.RoomDoc(id, name,
          Texts.put(old == null ? null : old.floor(), language, imported.description(), order),
          imported.url() != null ? imported.url() : old == null ? null : old.stream()));

  static final Names.Shape<EditionDoc.NamedDoc> NAMED = new Names.Shape<>(EditionDoc.NamedDoc::id,
      EditionDoc.NamedDoc::name, (old, id, name, imported, language, order) -> new EditionDoc.NamedDoc(id, name));

  private EditionMerge() {}

  static EditionDoc of(EditionDoc old, Imported in, Defaults defaults, List<EditionDoc.RoomDoc> rooms,
      List<EditionDoc.NamedDoc> tracks, List<EditionDoc.NamedDoc> types, List<String> order) {
    String language = in.language();
    LocalDate start = in.conference().start();
    LocalDate end = in.conference().end();
    for (Imported.Event event : in.events()) {
      LocalDate day = event.start().toLocalDate();
      start = start == null || day.isBefore(start) ? day : start;
      end = end == null || day.isAfter(end) ? day : end;
    }
    String title = in.conference().title() != null ? in.conference().title() : defaults.name();
    if (old == null) {
      EditionDoc.VenueDoc venue = defaults.venue() == null ? null
          : new EditionDoc.VenueDoc(Localized.everywhere(defaults.venue()), null, null, null, null);
      return new EditionDoc(new Localized(Map.of(language, title)), null, String.valueOf(start), String.valueOf(end),
          in.conference().zone().getId(), defaults.online() ? true : null, venue, List.of(language), language, null,
          null, null, rooms, tracks, types, null, null, null, null, null, null, null);
    }
    List<String> languages = new ArrayList<>(old.languages() == null ? List.of() : old.languages());
    if (!languages.contains(language)) {
      languages.add(language);
    }
    String firstDay = start == null ? old.start() : start.toString();
    String lastDay = end == null ? old.end() : end.toString();
    return new EditionDoc(in.conference().title() == null ? old.name()
        : Texts.put(old.name(), language, in.conference().title(), order), old.tagline(), firstDay, lastDay,
        old.timezone(), old.online(), old.venue(), languages, old.defaultLanguage(), old.fallback(), old.baseUrl(),
        old.organiser(), rooms, tracks, types, old.days(), old.brand(), old.registration(), old.figures(),
        old.featured(), old.spotlight(), old.partnerTiers());
  }
}
