package podium.render.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import podium.assemble.BrandFiles;
import podium.model.Link;
import podium.model.Session;
import podium.rules.LinkTargets;

/**
 * The values that schedule.xml and schedule.json share, shaped to what both schemas accept: day bounds,
 * {@code HH:MM} times and durations, the time slot, acronyms and slugs, and links.
 */
final class FrabFields {
  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]");
  private static final Pattern EVENT_SLUG_END = Pattern.compile("[a-z0-9]$");
  private static final Pattern JSON_TIME_ZONE = Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");

  private FrabFields() {}

  /** A link with a title and an absolute URL. */
  record Ref(String title, String url) {}

  /**
   * The event's title. frab has no field for a cancelled event, and apps that read it (Giggity, EventFahrplan,
   * c3tt) show only the title: the event is kept, so a reader's reminder still finds it, and its title starts
   * with the word for "cancelled" in the file's language.
   */
  static String title(ExportView view, Session session) {
    String title = view.text(session.title());
    return session.cancelled() ? view.label("status_cancelled", "Cancelled").toUpperCase(Locale.forLanguageTag(
        view.language)) + ": " + title : title;
  }

  /** A day runs from midnight to 23:59:59, local time (frab's day_change at 00:00). */
  static ZonedDateTime dayStart(ExportView view, LocalDate date) {
    return date.atStartOfDay(view.edition.timezone());
  }

  static ZonedDateTime dayEnd(ExportView view, LocalDate date) {
    return date.plusDays(1).atStartOfDay(view.edition.timezone()).minusSeconds(1);
  }

  static String clock(ZonedDateTime at) {
    return String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute());
  }

  static String duration(Session session) {
    long minutes = Duration.between(session.start(), session.end()).toMinutes();
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  /** The largest slot (at most an hour) that every start time and duration is a multiple of. */
  static String timeslot(List<Session> sessions) {
    int slot = 60;
    for (Session session : sessions) {
      slot = gcd(slot, session.start().getMinute());
      slot = gcd(slot, (int) Duration.between(session.start(), session.end()).toMinutes());
    }
    return slot == 60 ? "01:00" : String.format(Locale.ROOT, "00:%02d", slot);
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /**
   * The conference acronym of schedule.xml and both schedule.json files: the edition id with '-' as '_'
   * (schedule.json's pattern allows '-' only in a {@code -2024-name} suffix, the XSD accepts both), padded
   * with '_' to the four characters both require.
   */
  static String acronym(String edition) {
    String acronym = edition.replace('-', '_');
    return acronym.length() >= 4 ? acronym : (acronym + "____").substring(0, 4);
  }

  /** A track or room id as a slug, when it fits both schemas' slug patterns; else null. */
  static String slug(String id) {
    return SLUG.matcher(id).matches() ? id : null;
  }

  /**
   * The event slug, the same in schedule.xml and schedule.json: acronym and session id. An id the XSD's
   * {@code voc-slug-new} and the JSON pattern would refuse (under four characters, or ending in '-' or '_')
   * gains the event's numeric id, which keeps slugs unique.
   */
  static String eventSlug(ExportView view, Session session) {
    String id = session.id();
    boolean fits = id.length() >= 4 && EVENT_SLUG_END.matcher(id).find();
    return acronym(view.edition.id()) + "-" + (fits ? id : id + "-" + view.ids.session(id));
  }

  /** schedule.json restricts time_zone_name to a pattern; zones outside it are left out there. */
  static String jsonTimeZone(ExportView view) {
    String zone = view.edition.timezone().getId();
    return JSON_TIME_ZONE.matcher(zone).find() ? zone : null;
  }

  /** The language spoken on stage, the first the session is held in: apps filter on one code per event. */
  static String spoken(Session session) {
    return session.heldIn().isEmpty() ? null : session.heldIn().get(0);
  }

  /** The type's id, which apps can act on ({@code other} for a session without one); names: {@link #typeNames}. */
  static String type(Session session) {
    return session.type() == null ? "other" : session.type().id();
  }

  /** Each type's id and its display name in this language, in the edition's order. */
  static Map<String, String> typeNames(ExportView view) {
    Map<String, String> names = new LinkedHashMap<>();
    view.edition.types().forEach(type -> names.put(type.id(), view.text(type.name())));
    return names;
  }

  /**
   * The track's name; a session outside every track is in the conference's main programme, named after the
   * edition (schedule.xml requires a track, and an empty one reads as a track without a name).
   */
  static String track(ExportView view, Session session) {
    return session.track() == null ? view.text(view.edition.name()) : view.text(session.track().name());
  }

  /** Whether some session is outside every track: the conference's tracks then list the main programme too. */
  static boolean hasMainProgramme(ExportView view) {
    return view.sessions.stream().anyMatch(session -> session.track() == null);
  }

  /** The edition's logo as a full address (frab's conference logo), or null without a logo or a base URL. */
  static String logo(ExportView view) {
    String path = BrandFiles.logoPath(view.edition);
    return path == null ? null : view.absolute(path);
  }

  static String sessionUrl(ExportView view, Session session) {
    return view.absolute(view.routes.session(view.language, session.id()));
  }

  /** The session's links, with the URLs {@link #safeLink} keeps. */
  static List<Ref> links(ExportView view, Session session) {
    List<Ref> refs = new ArrayList<>();
    for (Link link : session.links()) {
      String url = safeLink(link.url());
      if (url != null) {
        refs.add(new Ref(view.text(link.title()), url));
      }
    }
    return refs;
  }

  /** The session's links, then its room's live stream: what apps list under an event's links. */
  static List<Ref> eventLinks(ExportView view, Session session) {
    List<Ref> refs = links(view, session);
    String stream = session.room().stream() == null ? null : safeLink(session.room().stream());
    if (stream != null) {
      refs.add(new Ref(view.label("stream", "Live stream"), stream));
    }
    return refs;
  }

  /**
   * A link URL in ASCII when {@link LinkTargets} counts it an absolute link (what the validator accepts);
   * else null. Checked again here because apps open these links without the site's Content-Security-Policy.
   */
  static String safeLink(String url) {
    if (!LinkTargets.isAbsoluteLink(url)) {
      return null;
    }
    try {
      return new URI(url.strip()).toASCIIString();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
