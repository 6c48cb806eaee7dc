package podium.validate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.load.Parsed;
import podium.load.Suggestions;
import podium.model.Localized;
import podium.rules.LinkTargets;

/** Field checks for one document: each failure is reported at the position of the offending value. */
final class FileChecks {
  private static final java.util.regex.Pattern FOUR_DIGIT_DATE =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String ABSOLUTE_LINKS = "links must be absolute http(s) or mailto URLs";

  private final Parsed<?> document;
  private final Problems problems;
  private int reported;

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

  /** How many problems these checks reported so far, to tell whether one part of the file was valid. */
  int count() {
    return reported;
  }

  void error(String pointer, String message, String hint) {
    reported++;
    problems.error(document.path(), document.at(pointer), message, hint);
  }

  void errorAtKey(String pointer, String message, String hint) {
    reported++;
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
      // four-digit years only: ISO also reads "+10000-01-01", which no calendar, feed or sitemap date can hold
      if (!FOUR_DIGIT_DATE.matcher(text.strip()).matches()) {
        throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
      }
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      error(pointer, "invalid date '" + text + "'", "write dates as YYYY-MM-DD");
      return null;
    }
  }

  /**
   * A link from YAML: kept only when {@link LinkTargets} allows it and it is absolute http(s) with a host or
   * mailto (it is shown on several pages and in exports, so it cannot be relative). Returns the URL, or null
   * when absent or refused.
   */
  String url(String pointer, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    LinkTargets.Refusal refusal = LinkTargets.refusal(text);
    if (refusal != null) {
      error(pointer, refusal.message(), ABSOLUTE_LINKS);
      return null;
    }
    if (!LinkTargets.isAbsoluteLink(text)) {
      error(pointer, "unsafe or invalid URL '" + text + "'", ABSOLUTE_LINKS);
      return null;
    }
    return text.strip();
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
