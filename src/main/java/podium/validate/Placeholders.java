package podium.validate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;
import podium.diagnostic.Problems;
import podium.load.Parsed;
import podium.rules.IcuMessages;

/**
 * A {@code {name}} in an interface string is filled in by a template or script ("{shown} of {total} sessions
 * shown"): a translation that drops or misspells one would show the reader a sentence without its number or time
 * zone. A placeholder that at least half the languages keep in a string is expected in all of them; one that
 * fewer have is taken for the misspelling, so that the file blamed is the one to fix.
 */
final class Placeholders {
  private Placeholders() {}

  /** The {@code {name}}s a string fills in: its ICU arguments (a plural's "{count, plural, …}" is {count} too). */
  private static Set<String> placeholders(String text) {
    Set<String> found = new LinkedHashSet<>();
    IcuMessages.arguments(text).forEach(name -> found.add("{" + name + "}"));
    return found;
  }

  /** A string ICU cannot read is reported as such, not also for the placeholders it seems to lack. */
  private static boolean readable(String text) {
    return text != null && !text.isBlank() && IcuMessages.problem(text, "en") == null;
  }

  /** Reports each string of {@code files} that lacks a placeholder its key has in most of them. */
  static void check(Collection<Parsed<Map<String, String>>> files, Iterable<String> keys, Problems problems) {
    for (String key : keys) {
      // each placeholder of the key, with the first file that has it and how many files do
      Map<String, Parsed<Map<String, String>>> firstWith = new LinkedHashMap<>();
      Map<String, Integer> count = new LinkedHashMap<>();
      int defined = 0;
      for (Parsed<Map<String, String>> file : files) {
        String text = file.value().get(key);
        defined += text == null || text.isBlank() ? 0 : 1;
        for (String placeholder : readable(text) ? placeholders(text) : Set.<String>of()) {
          firstWith.putIfAbsent(placeholder, file);
          count.merge(placeholder, 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> placeholder : count.entrySet()) {
        if (placeholder.getValue() * 2 < defined) {
          continue;
        }
        for (Parsed<Map<String, String>> file : files) {
          String text = file.value().get(key);
          // a missing or empty string is reported as such
          if (readable(text) && !placeholders(text).contains(placeholder.getKey())) {
            String hasIt = firstWith.get(placeholder.getKey()).path();
            problems.error(file.path(), file.at("/" + key), "interface string '" + key + "' lacks "
                + placeholder.getKey(), hasIt + " has it, and the page fills it in");
          }
        }
      }
    }
  }
}
