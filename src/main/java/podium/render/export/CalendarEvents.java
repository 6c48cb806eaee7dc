package podium.render.export;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import podium.model.Localized;
import podium.model.ProgrammeHistory;
import podium.model.ProgrammeHistory.SessionHistory;
import podium.model.Session;
import podium.model.Speaker;

/**
 * The VEVENT of each session of one edition in one language, and the edition's VTIMEZONE from ical4j's
 * bundled tz database. DTSTAMP is the last release's date (before any, the edition's first day) at 00:00 UTC:
 * RFC 5545 requires it, the build time would make every build differ, and a value derived from committed files
 * keeps two builds byte-identical. SEQUENCE and LAST-MODIFIED come from the releases ({@link ProgrammeHistory}),
 * so a calendar that re-imports a moved session replaces its copy; a cancelled one is STATUS:CANCELLED. A zone ical4j does not bundle (it would invent a VTIMEZONE from
 * the current date) gets no VTIMEZONE: times are then written in UTC, as is a time in the second pass of an
 * hour the clocks repeat.
 */
final class CalendarEvents {
  private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

  private final ExportView view;
  private final VTimeZone timezone;
  private final ZoneId zone;
  private final String stampText;
  // programme.json and the calendar files, two tasks run in parallel, share one instance
  private final Map<String, String> eventTexts = new ConcurrentHashMap<>();
  private final Map<ZonedDateTime, String> startTexts = new ConcurrentHashMap<>();
  private final Map<ZonedDateTime, String> endTexts = new ConcurrentHashMap<>();
  private final String timezoneText;

  CalendarEvents(ExportView view) {
    this.view = view;
    VTimeZone bundled = bundled(view.edition.timezone().getId());
    ZoneId zone = null;
    try {
      zone = bundled == null ? null : ZoneId.of(bundled.getTimeZoneId().getValue());
    } catch (DateTimeException e) {
      bundled = null;
    }
    this.timezone = bundled;
    this.zone = zone;
    ProgrammeHistory.Release release = view.edition.history().last();
    this.stampText = new DtStamp((release == null ? view.edition.start() : release.date())
        .atStartOfDay(ZoneOffset.UTC).toInstant()).toString();
    this.timezoneText = bundled == null ? "" : Folding.fold(bundled.toString());
  }

  /** The edition's VTIMEZONE, or null when ical4j does not bundle its zone. */
  VTimeZone timezone() {
    return timezone;
  }

  /** The VTIMEZONE as ical4j serializes it, folded, or nothing; serialized once. */
  String timezoneText() {
    return timezoneText;
  }

  /** A session's VEVENT as ical4j serializes it, folded; serialized once, shared by every file. */
  String eventText(Session session) {
    return eventTexts.computeIfAbsent(session.id(), id -> Folding.fold(serialized(session)));
  }

  /**
   * What {@code VEvent.toString()} gives (BEGIN, each property as ical4j serializes it, END), with the date-times
   * serialized once per distinct time: ical4j 4.1.1 looks up the zone of a zoned date-time anew each time it
   * serializes one, copying the JDK's set of ~600 zone ids (a tenth of a 3,000-session build's CPU).
   */
  private String serialized(Session session) {
    StringBuilder event = new StringBuilder(1024).append("BEGIN:VEVENT\r\n")
        .append(new Uid(view.ids.uid(session.id())))
        .append(stampText)
        .append(startTexts.computeIfAbsent(session.start(), time -> new DtStart<>(at(time)).toString()))
        .append(endTexts.computeIfAbsent(session.end(), time -> new DtEnd<>(at(time)).toString()))
        .append(new Summary(language(session.title()), view.text(session.title())))
        .append(new Description(description(session)))
        .append(new Location(location(session)));
    SessionHistory history = view.edition.history().of(session.id());
    event.append(new Sequence(history.sequence()));
    if (history.lastModified() != null) {
      event.append(new LastModified(history.lastModified().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    if (session.cancelled()) {
      event.append(new Status(Status.VALUE_CANCELLED));
    }
    if (session.track() != null) {
      event.append(new Categories(new TextList(List.of(view.text(session.track().name())))));
    }
    String url = FrabFields.sessionUrl(view, session);
    if (url != null) {
      event.append(new Url(URI.create(url)));
    }
    String stream = session.room().stream() == null ? null : FrabFields.safeLink(session.room().stream());
    if (stream != null) {
      // RFC 7986: how to join; calendar apps show a "join" button for it
      event.append(new Conference(new ParameterList(List.of(Value.URI, new Feature(Feature.Value.VIDEO),
          new Label(view.label("stream", "Live stream")))), stream));
    }
    return event.append("END:VEVENT\r\n").toString();
  }

  /**
   * A time in the edition's zone (with its TZID), or in UTC where a TZID cannot say it: a zone ical4j does not
   * bundle, or the second occurrence of a time that turning the clocks back repeats, since RFC 5545 (3.3.5)
   * reads a repeated local time as its first occurrence.
   */
  private Temporal at(ZonedDateTime time) {
    ZonedDateTime local = zone == null ? null : time.withZoneSameInstant(zone);
    return local == null || !local.withEarlierOffsetAtOverlap().isEqual(local) ? time.toInstant() : local;
  }

  private ParameterList language(Localized text) {
    String language = view.languageOf(text);
    return language == null || language.equals(Localized.ANY) ? new ParameterList()
        : new ParameterList(List.of(new Language(language)));
  }

  /** The abstract, then who speaks, the languages, the live stream and the session's page. */
  private String description(Session session) {
    List<String> parts = new ArrayList<>();
    String summary = view.text(session.summary());
    if (summary != null) {
      parts.add(summary + "\n");
    }
    if (!session.speakers().isEmpty()) {
      List<String> people = new ArrayList<>();
      for (Speaker speaker : session.speakers()) {
        String affiliation = view.text(speaker.affiliation());
        people.add(view.name(speaker) + (affiliation == null ? "" : " (" + affiliation + ")"));
      }
      parts.add(view.label("speakers", "Speakers") + ": " + String.join(", ", people));
    }
    parts.add(view.label("held_in", "Held in") + ": " + languageNames(session.heldIn()));
    if (!session.interpretation().isEmpty()) {
      parts.add(view.label("interpretation", "Interpretation") + ": " + languageNames(session.interpretation()));
    }
    if (session.room().stream() != null) {
      parts.add(view.label("stream", "Live stream") + ": " + ExportView.clean(session.room().stream()));
    }
    String url = FrabFields.sessionUrl(view, session);
    if (url != null) {
      parts.add(url);
    }
    return String.join("\n", parts);
  }

  private String languageNames(List<String> codes) {
    Locale locale = Locale.forLanguageTag(view.language);
    return String.join(", ", codes.stream().map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
        .toList());
  }

  /** The room (and floor), then the venue and its address, or "online". */
  private String location(Session session) {
    List<String> parts = new ArrayList<>();
    String floor = view.text(session.room().floor());
    parts.add(view.roomName(session.room()) + (floor == null ? "" : " (" + floor + ")"));
    if (view.edition.venue() != null) {
      parts.add(view.text(view.edition.venue().name()));
      String address = view.text(view.edition.venue().address());
      if (address != null) {
        parts.add(address);
      }
    } else if (view.edition.online()) {
      parts.add(view.label("online_event", "Online"));
    }
    return String.join(", ", parts);
  }

  private static synchronized VTimeZone bundled(String id) {
    TimeZone zone;
    try {
      zone = REGISTRY.getTimeZone(id);
    } catch (RuntimeException e) {
      // ical4j 4.1.1 throws a NullPointerException from its cache for a zone it does not bundle (SystemV/EST5)
      return null;
    }
    if (zone == null) {
      return null;
    }
    VTimeZone definition = zone.getVTimeZone();
    return definition.getProperty("TZURL").isPresent() ? definition : null;
  }
}
