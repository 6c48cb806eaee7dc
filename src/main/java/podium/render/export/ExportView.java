package podium.render.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import podium.assemble.Routes;
import podium.model.Edition;
import podium.model.Fallback;
import podium.model.Localized;
import podium.model.Markdown;
import podium.model.Messages;
import podium.model.Room;
import podium.model.Session;
import podium.model.Speaker;
import podium.rules.PlainText;

/**
 * One edition seen in one language, as every export reads it: texts in that language falling back to the
 * edition's default language (as the HTML pages do), sessions in programme order (start, room, id), room
 * names made unique, and paths. Every text is cleaned of characters that XML 1.0 and iCalendar forbid.
 */
final class ExportView {
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  final Edition edition;
  final String language;
  final Routes routes;
  final StableIds ids;
  final List<Session> sessions;
  private final List<String> preference;
  private final Map<String, String> strings;
  private final Map<String, String> roomNames = new HashMap<>();
  private final Map<String, List<Session>> bySpeaker = new HashMap<>();
  private final Map<LocalDate, List<Session>> byDate = new HashMap<>();
  private final Map<String, String> descriptions = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, PlainText.Plain> plainDescriptions = new java.util.concurrent.ConcurrentHashMap<>();

  ExportView(Messages messages, Routes routes, StableIds ids, String language) {
    this.edition = routes.edition();
    this.language = language;
    this.ids = ids;
    this.routes = routes;
    this.strings = messages.of(language);
    this.preference = edition.fallbackFor(language);
    this.sessions = edition.sessions(); // in SessionOrder, as every listing
    for (Session session : sessions) {
      byDate.computeIfAbsent(session.start().toLocalDate(), date -> new ArrayList<>()).add(session);
      session.speakers().forEach(speaker -> bySpeaker.computeIfAbsent(speaker.id(), id -> new ArrayList<>())
          .add(session));
    }
    Map<String, Integer> uses = new HashMap<>();
    edition.rooms().forEach(room -> uses.merge(plainRoomName(room), 1, Integer::sum));
    for (Room room : edition.rooms()) {
      String name = plainRoomName(room);
      roomNames.put(room.id(), uses.get(name) > 1 ? name + " (" + room.id() + ")" : name);
    }
  }

  /** The text in this language, else in the default language, else in any; null when there is none. */
  String text(Localized localized) {
    String language = languageOf(localized);
    return language == null ? null : clean(localized.texts().get(language));
  }

  /** The key under which {@link #text} finds its text ({@link Localized#ANY} for a text written once). */
  String languageOf(Localized localized) {
    return localized == null ? null : localized.languageOrAny(preference);
  }

  /** The session's long description (its Markdown source) in this language or the default one, or null. */
  String description(Session session) {
    Markdown markdown = Fallback.pick(session.descriptions(), preference);
    // every export asks for it: clean each long text once
    return markdown == null ? null : descriptions.computeIfAbsent(session.id(), id -> clean(markdown.text()));
  }

  /** The long description as plain text ({@link PlainText}), for readers that show no markup; or null. */
  String plainDescription(Session session) {
    PlainText.Plain plain = plain(session);
    return plain == null ? null : plain.text();
  }

  /** The abstract, else the description's first paragraph as plain text, else null. */
  String abstractOf(Session session) {
    String summary = text(session.summary());
    PlainText.Plain plain = summary != null ? null : plain(session);
    return summary != null ? summary : plain == null ? null : clean(plain.firstParagraph());
  }

  /** The description as plain text and its first paragraph, parsed once for every file of this language. */
  private PlainText.Plain plain(Session session) {
    String markdown = description(session);
    return markdown == null ? null : plainDescriptions.computeIfAbsent(session.id(), id -> PlainText.both(markdown));
  }

  /** An interface string of this language, e.g. {@code room}; {@code fallback} when it is missing. */
  String label(String key, String fallback) {
    return clean(strings.getOrDefault(key, fallback));
  }

  private String plainRoomName(Room room) {
    String name = text(room.name());
    return name == null || name.isEmpty() ? room.id() : name;
  }

  /** The room's name in this language; rooms sharing a name there get their id added: "Saal (a)". */
  String roomName(Room room) {
    return roomNames.get(room.id());
  }

  String name(Speaker speaker) {
    return clean(speaker.name());
  }

  List<Session> on(LocalDate date) {
    return byDate.getOrDefault(date, List.of());
  }

  List<Session> of(Speaker speaker) {
    return bySpeaker.getOrDefault(speaker.id(), List.of());
  }

  /** A path from the output root, made relative to this language's home ({@code ecc-2024/en/}). */
  String local(String path) {
    return path.substring(routes.home(language).length());
  }

  /**
   * The absolute URL of a path from the output root, or null when the edition has no base URL; non-ASCII
   * characters of the base URL are percent-encoded, as the frab schemas' URI formats require.
   */
  String absolute(String path) {
    String url = routes.absolute(path);
    try {
      return url == null ? null : new URI(url).toASCIIString();
    } catch (URISyntaxException e) {
      return url;
    }
  }

  static String iso(ZonedDateTime at) {
    return DATE_TIME.format(at);
  }

  /**
   * Drops what neither XML 1.0 nor iCalendar text may hold (control characters other than tab and line feed,
   * unpaired surrogates, U+FFFE/U+FFFF), turns CR LF and lone CR into LF and trims; null stays null.
   */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    if (isClean(text)) {
      return text;
    }
    // a Markdown file's text ends with a line break: most texts only need trimming
    String stripped = text.strip();
    if (isClean(stripped)) {
      return stripped;
    }
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder clean = new StringBuilder(lines.length());
    for (int i = 0; i < lines.length(); ) {
      int c = lines.codePointAt(i);
      boolean allowed = c == '\t' || c == '\n' || (c >= 0x20 && c < 0x7f) || (c > 0x9f && c <= 0xd7ff)
          || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
      if (allowed) {
        clean.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return clean.toString().strip();
  }

  /** Most texts need no cleaning: say so in one pass without building a copy. */
  private static boolean isClean(String text) {
    int length = text.length();
    if (length > 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(length - 1)))) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\t' && c != '\n' : c >= 0x7f && c <= 0x9f || c >= 0xfffe) {
        return false;
      }
      if (Character.isSurrogate(c)) {
        // a pair is a character XML and iCalendar accept; a lone half is not
        if (!Character.isHighSurrogate(c) || i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }
}
