package podium.validate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.load.Parsed;
import podium.load.Suggestions;
import podium.model.Localized;

/** Field checks for one document: each failure is reported at the position of the offending value. */
final class FileChecks {
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");

  private final Parsed<?> document;
  private final Problems problems;

  FileChecks(Parsed<?> document, Problems problems) {
    this.document = document;
    this.problems = problems;
  }

  String path() {
    return document.path();
  }

  Position at(String pointer) {
    return document.at(pointer);
  }

  void error(String pointer, String message, String hint) {
    problems.error(document.path(), document.at(pointer), message, hint);
  }

  void errorAtKey(String pointer, String message, String hint) {
    problems.error(document.path(), document.keyAt(pointer), message, hint);
  }

  /** True when {@code value} is present; otherwise reports the missing key at its enclosing entry. */
  boolean require(String pointer, Object value) {
    boolean present = value != null
        && !(value instanceof Localized l && l.texts().values().stream().allMatch(t -> t == null || t.isBlank()))
        && !(value instanceof String s && s.isBlank())
        && !(value instanceof Collection<?> c && c.isEmpty());
    if (!present) {
      String key = pointer.substring(pointer.lastIndexOf('/') + 1);
      error(pointer, "missing required key '" + key + "'", null);
    }
    return present;
  }

  boolean safeId(String pointer, String id) {
    if (!require(pointer, id)) {
      return false;
    }
    if (!Ids.isSafe(id)) {
      error(pointer, "unsafe id '" + Ids.quoted(id) + "'", Ids.rule(id));
      return false;
    }
    return true;
  }

  LocalDate date(String pointer, String text) {
    if (!require(pointer, text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      error(pointer, "invalid date '" + text + "'", "write dates as YYYY-MM-DD");
      return null;
    }
  }

  LocalTime time(String pointer, String text) {
    if (!require(pointer, text)) {
      return null;
    }
    try {
      if (TIME.matcher(text.strip()).matches()) {
        String padded = text.strip().length() == 4 ? "0" + text.strip() : text.strip();
        return LocalTime.parse(padded);
      }
    } catch (DateTimeParseException e) {
      // reported below, as any other malformed time
    }
    error(pointer, "invalid time '" + text + "'", "write times as HH:MM, on a 24-hour clock");
    return null;
  }

  /**
   * A link from YAML: only http(s) and mailto URLs become links, so a value such as {@code javascript:…} can
   * never run in a reader's browser. Returns the URL, or null when absent or refused.
   */
  String url(String pointer, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String url = text.strip();
    try {
      java.net.URI uri = new java.net.URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null || scheme.equals("mailto")) {
        return url;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below, as any other URL that cannot be a link
    }
    error(pointer, "unsafe or invalid URL '" + text + "'", "links must be absolute http(s) or mailto URLs");
    return null;
  }

  /** A reference to an id defined elsewhere; reports an unknown one with the closest known id. */
  boolean reference(String pointer, String id, String kind, Collection<String> known) {
    if (id == null || known.contains(id)) {
      return id != null;
    }
    error(pointer, "unknown " + kind + " '" + id + "'", Suggestions.hint(id, known.stream().sorted().toList()));
    return false;
  }

  /** Reports texts given for a language the edition does not have; none while its languages are unknown (null). */
  Localized localized(String pointer, Localized text, List<String> languages) {
    if (text == null) {
      return Localized.EMPTY;
    }
    if (languages == null) {
      return text;
    }
    for (String language : text.texts().keySet()) {
      if (!language.equals(Localized.ANY) && !languages.contains(language)) {
        error(pointer + "/" + language, "text for language '" + language + "', which the edition does not have",
            "the edition's languages are " + String.join(", ", languages));
      }
    }
    return text;
  }

  /** Checks a list of id'd definitions: safe and unique ids; returns them by id, in file order. */
  <D, T> Map<String, T> defined(String kind, String listPointer, List<D> docs,
      Function<D, String> idOf, BiFunction<D, String, T> build) {
    Map<String, T> byId = new LinkedHashMap<>();
    Map<String, String> firstAt = new LinkedHashMap<>();
    List<D> entries = docs == null ? List.of() : docs;
    for (int i = 0; i < entries.size(); i++) {
      String at = listPointer + "/" + i;
      String id = idOf.apply(entries.get(i));
      if (!safeId(at + "/id", id)) {
        continue;
      }
      if (firstAt.containsKey(id)) {
        error(at + "/id", "duplicate " + kind + " id '" + id + "'",
            "first defined at line " + at(firstAt.get(id)).line());
        continue;
      }
      firstAt.put(id, at + "/id");
      T built = build.apply(entries.get(i), at);
      if (built != null) {
        byId.put(id, built);
      }
    }
    return byId;
  }
}
