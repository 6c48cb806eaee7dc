package podium.importer;

import java.util.List;
import java.util.Map;
import podium.load.EditionDoc;
import podium.load.SessionDoc;
import podium.load.SpeakerDoc;
import podium.model.Localized;
import podium.scaffold.Yaml;

/**
 * The programme files written as an editor writes them (README, "Writing an edition"): keys in that order,
 * a text per language as a map, every text double-quoted with escapes, so no value can change the YAML's
 * structure whatever the source held.
 */
final class YamlText {
  private final StringBuilder out = new StringBuilder();

  private YamlText() {}

  static String edition(EditionDoc doc) {
    YamlText yaml = new YamlText();
    yaml.text("", "name", doc.name()).text("", "tagline", doc.tagline()).raw("", "start", doc.start())
        .raw("", "end", doc.end()).raw("", "timezone", doc.timezone());
    if (doc.online() != null) {
      yaml.raw("", "online", doc.online().toString());
    }
    if (doc.venue() != null) {
      yaml.out.append("venue:\n");
      yaml.text("  ", "name", doc.venue().name()).text("  ", "address", doc.venue().address())
          .text("  ", "url", once(doc.venue().url()));
    }
    yaml.list("", "languages", doc.languages()).raw("", "default_language", doc.defaultLanguage());
    if (doc.fallback() != null && !doc.fallback().isEmpty()) {
      yaml.out.append("fallback:\n");
      doc.fallback().forEach((language, order) -> yaml.list("  ", language, order));
    }
    yaml.text("", "base_url", once(doc.baseUrl())).text("", "organiser", doc.organiser());
    if (doc.rooms() != null && !doc.rooms().isEmpty()) {
      yaml.out.append("rooms:\n");
      for (EditionDoc.RoomDoc room : doc.rooms()) {
        yaml.id("  - ", "id", room.id()).text("    ", "name", room.name()).text("    ", "floor", room.floor())
            .text("    ", "stream", once(room.stream()));
      }
    }
    yaml.named("tracks", doc.tracks()).named("types", doc.types());
    if (doc.days() != null && !doc.days().isEmpty()) {
      yaml.out.append("days:\n");
      doc.days().forEach(day -> yaml.raw("  - ", "date", day.date()).text("    ", "title", day.title()));
    }
    return yaml.out.toString();
  }

  static String sessions(List<SessionDoc> sessions) {
    YamlText yaml = new YamlText();
    for (SessionDoc s : sessions) {
      yaml.id("- ", "id", s.id()).text("  ", "title", s.title()).raw("  ", "date", s.date())
          .text("  ", "start", once(s.start())).text("  ", "end", once(s.end()))
          .id("  ", "room", s.room()).id("  ", "track", s.track()).id("  ", "type", s.type())
          .list("  ", "speakers", s.speakers()).list("  ", "languages", s.languages())
          .list("  ", "interpretation", s.interpretation()).text("  ", "abstract", s.summary());
      if (s.links() != null && !s.links().isEmpty()) {
        yaml.out.append("  links:\n");
        s.links().forEach(link -> yaml.text("    - ", "title", link.title())
            .text("      ", "url", once(link.url())));
      }
      if (s.draft() != null) {
        yaml.raw("  ", "draft", s.draft().toString());
      }
      yaml.out.append('\n');
    }
    return sessions.isEmpty() ? "[]\n" : yaml.out.toString();
  }

  static String speakers(List<SpeakerDoc> speakers) {
    YamlText yaml = new YamlText();
    for (SpeakerDoc s : speakers) {
      yaml.id("- ", "id", s.id()).text("  ", "name", once(s.name()))
          .text("  ", "affiliation", s.affiliation()).text("  ", "bio", s.bio())
          .text("  ", "photo", once(s.photo())).text("  ", "photo_alt", s.photoAlt());
    }
    return speakers.isEmpty() ? "[]\n" : yaml.out.toString();
  }

  private YamlText named(String key, List<EditionDoc.NamedDoc> items) {
    if (items != null && !items.isEmpty()) {
      out.append(key).append(":\n");
      items.forEach(item -> id("  - ", "id", item.id()).text("    ", "name", item.name()));
    }
    return this;
  }

  private static final java.util.regex.Pattern PLAIN_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final java.util.regex.Pattern NUMBER_LIKE =
      java.util.regex.Pattern.compile("[0-9_]+|0x[0-9a-f_]+|0b[01_]+|0o[0-7_]+|[0-9][0-9_]*e[0-9_]+");
  private static final java.util.Set<String> YAML_WORDS = java.util.Set.of("y", "n", "yes", "no", "on", "off", "true",
      "false", "null");

  /** An id: quoted unless YAML reads it as the same string plain (512345 is a number, no a boolean to YAML). */
  private YamlText id(String indent, String key, String id) {
    return raw(indent, key, id == null ? null : scalar(id));
  }

  private static String scalar(String id) {
    return PLAIN_ID.matcher(id).matches() && !NUMBER_LIKE.matcher(id).matches() && !YAML_WORDS.contains(id)
        ? id : quoted(id);
  }

  /** A value written as it is: dates, codes and booleans, which the importer has checked. */
  private YamlText raw(String indent, String key, String value) {
    if (value != null) {
      out.append(indent).append(key).append(": ").append(value).append('\n');
    }
    return this;
  }

  private YamlText list(String indent, String key, List<String> values) {
    if (values != null && !values.isEmpty()) {
      out.append(indent).append(key).append(": [")
          .append(String.join(", ", values.stream().map(YamlText::scalar).toList())).append("]\n");
    }
    return this;
  }

  private YamlText text(String indent, String key, Localized text) {
    if (text == null || text.isEmpty() || text.texts().values().stream().allMatch(v -> v == null)) {
      return this;
    }
    Map<String, String> texts = text.texts();
    if (texts.size() == 1 && texts.containsKey(Localized.ANY)) {
      out.append(indent).append(key).append(": ").append(quoted(texts.get(Localized.ANY))).append('\n');
      return this;
    }
    out.append(indent).append(key).append(":\n");
    String inner = " ".repeat(indent.length() + 2);
    texts.forEach((language, value) -> out.append(inner).append(language).append(": ").append(quoted(value))
        .append('\n'));
    return this;
  }

  private static String quoted(String text) {
    return Yaml.quoted(text);
  }

  /** A text written once (an id-like value: a URL, a path, a time), or null. */
  private static Localized once(String text) {
    return text == null ? null : Localized.everywhere(text);
  }
}
