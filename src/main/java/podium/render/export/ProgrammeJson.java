package podium.render.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import podium.model.Day;
import podium.model.Edition;
import podium.model.Session;
import podium.model.Photo;
import podium.model.Speaker;
import podium.render.JsonOut;
import podium.render.RelativeUrls;

/**
 * {@code programme.json}: the edition in one language as plain JSON for others to build on (documented in the
 * README). Records serialize in declaration order with snake_case keys; absent values are {@code null}, never
 * left out; URLs are relative to the edition's home in that language, {@code home_url} is its absolute URL.
 */
final class ProgrammeJson {
  static final String FORMAT = "podium-programme/1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  record Programme(String format, String language, EditionJson edition, List<DayJson> days, List<RoomJson> rooms,
      List<NamedJson> tracks, List<NamedJson> types, List<SessionJson> sessions, List<SpeakerJson> speakers,
      VcalendarJson vcalendar) {}

  /** The text around a calendar's events (see {@link Calendars#frame}): a browser joins sessions' VEVENTs. */
  record VcalendarJson(String begin, String end) {}

  record EditionJson(String id, String name, String tagline, String organiser, String start, String end,
      String timezone, boolean online, VenueJson venue, List<String> languages, String defaultLanguage,
      String homeUrl, UrlsJson urls) {}

  record VenueJson(String name, String address, String url) {}

  record UrlsJson(String programme, String speakers, String calendar, String scheduleXml, String scheduleJson) {}

  record DayJson(String date, String title, String url, String calendar, List<String> sessions) {}

  record RoomJson(String id, String name, String floor, String stream) {}

  record NamedJson(String id, String name) {}

  record SessionJson(String id, String guid, int frabId, String title, @JsonProperty("abstract") String summary,
      String description, String date, String start, String end, String room, String track, String type,
      List<String> speakers, List<String> heldIn, List<String> interpretation, List<LinkJson> links, String url,
      String calendar, String vevent, String status, List<String> changed) {}

  record LinkJson(String title, String url) {}

  record SpeakerJson(String id, String guid, int frabId, String name, String affiliation, String bio,
      List<String> sessions, String url, String calendar, PhotoJson photo) {}

  /** A speaker's photo: size in pixels (null when unknown), text alternative (null: decorative). */
  record PhotoJson(String url, Integer width, Integer height, String alt) {}

  private ProgrammeJson() {}

  static byte[] render(ExportView view, CalendarEvents events) {
    return JsonOut.bytes(JSON, programme(view, events));
  }

  static Programme programme(ExportView view, CalendarEvents events) {
    Edition edition = view.edition;
    String lang = view.language;
    return new Programme(FORMAT, lang, editionJson(view),
        edition.days().stream().map(day -> dayJson(view, day)).toList(),
        edition.rooms().stream().map(room -> new RoomJson(room.id(), view.roomName(room), view.text(room.floor()),
            ExportView.clean(room.stream()))).toList(),
        edition.tracks().stream().map(track -> new NamedJson(track.id(), view.text(track.name()))).toList(),
        edition.types().stream().map(type -> new NamedJson(type.id(), view.text(type.name()))).toList(),
        view.sessions.stream().map(session -> sessionJson(view, session, events)).toList(),
        edition.speakers().stream().map(speaker -> speakerJson(view, speaker)).toList(),
        Calendars.frame(view, events));
  }

  private static EditionJson editionJson(ExportView view) {
    Edition edition = view.edition;
    String lang = view.language;
    VenueJson venue = edition.venue() == null ? null : new VenueJson(view.text(edition.venue().name()),
        view.text(edition.venue().address()), ExportView.clean(edition.venue().url()));
    // the speakers' page exists only when the edition has speakers
    String speakers = edition.speakers().isEmpty() ? null : view.local(view.routes.speakers(lang));
    UrlsJson urls = new UrlsJson(view.local(view.routes.programme(lang)), speakers,
        view.local(view.routes.calendar(lang)), view.local(view.routes.scheduleXml(lang)),
        view.local(view.routes.scheduleJson(lang)));
    return new EditionJson(edition.id(), view.text(edition.name()), view.text(edition.tagline()),
        view.text(edition.organiser()), edition.start().toString(), edition.end().toString(),
        edition.timezone().getId(), edition.online(), venue, edition.languages(), edition.defaultLanguage(),
        view.absolute(view.routes.home(lang)), urls);
  }

  private static DayJson dayJson(ExportView view, Day day) {
    return new DayJson(day.date().toString(), view.text(day.title()),
        view.local(view.routes.day(view.language, day.date())),
        view.local(view.routes.dayCalendar(view.language, day.date())),
        view.on(day.date()).stream().map(Session::id).toList());
  }

  private static SessionJson sessionJson(ExportView view, Session session, CalendarEvents events) {
    String page = view.local(view.routes.session(view.language, session.id()));
    List<LinkJson> links = FrabFields.links(view, session).stream()
        .map(link -> new LinkJson(link.title(), link.url())).toList();
    return new SessionJson(session.id(), view.ids.sessionGuid(session.id()).toString(),
        view.ids.session(session.id()), view.text(session.title()), view.text(session.summary()),
        view.description(session), session.start().toLocalDate().toString(), ExportView.iso(session.start()),
        ExportView.iso(session.end()), session.room().id(), session.track() == null ? null : session.track().id(),
        session.type() == null ? null : session.type().id(),
        session.speakers().stream().map(Speaker::id).toList(), session.heldIn(), session.interpretation(), links,
        page, view.local(view.routes.sessionCalendar(view.language, session.id())), events.eventText(session),
        session.status().word(), view.edition.history().of(session.id()).latest().stream()
            .map(change -> change.name().toLowerCase(java.util.Locale.ROOT)).toList());
  }

  private static SpeakerJson speakerJson(ExportView view, Speaker speaker) {
    return new SpeakerJson(speaker.id(), view.ids.speakerGuid(speaker.id()).toString(),
        view.ids.speaker(speaker.id()), view.name(speaker), view.text(speaker.affiliation()),
        view.text(speaker.bio()), view.of(speaker).stream().map(Session::id).toList(),
        view.local(view.routes.speaker(view.language, speaker.id())),
        view.local(view.routes.speakerCalendar(view.language, speaker.id())), photoJson(view, speaker));
  }

  private static PhotoJson photoJson(ExportView view, Speaker speaker) {
    Photo photo = speaker.photo();
    if (photo == null) {
      return null;
    }
    String url = RelativeUrls.between(view.routes.home(view.language), view.routes.photo(speaker));
    return new PhotoJson(url, photo.width() > 0 ? photo.width() : null, photo.height() > 0 ? photo.height() : null,
        view.text(photo.alt()));
  }
}
