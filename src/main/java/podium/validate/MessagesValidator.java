package podium.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.load.Parsed;
import podium.model.Messages;
import podium.rules.IcuMessages;

/**
 * Every interface strings file must define every key: a label missing in one language is a build error. The
 * URL words among them follow the rule of ids, as they become folder names; date and time patterns must format
 * a date and time, placeholders be kept in every language, and every string be an ICU MessageFormat pattern
 * (plural and select rules), which the templates and scripts format.
 */
final class MessagesValidator {
  private static final String ICU_HINT = "write placeholders as {name} and counts as {count, plural, one {# session}"
      + " other {# sessions}}; a literal brace is quoted: '{'";

  private MessagesValidator() {}

  /** The readable files' strings; a file with problems (already reported) is left out and not compared. */
  static Messages check(Map<String, Parsed<Map<String, String>>> files, Problems problems) {
    Map<String, Parsed<Map<String, String>>> readable = new LinkedHashMap<>();
    files.forEach((language, file) -> {
      if (file.value() != null) {
        readable.put(language, file);
      }
    });
    TreeSet<String> allKeys = new TreeSet<>();
    readable.values().forEach(file -> allKeys.addAll(file.value().keySet()));
    Placeholders.check(readable.values(), allKeys, problems);
    Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
    readable.forEach((language, file) -> {
      DatePatterns.check(language, file, problems);
      for (String key : allKeys) {
        String text = file.value().get(key);
        String malformed = text == null || text.isBlank() ? null : IcuMessages.problem(text, language);
        if ((text == null || text.isBlank()) && file.value().containsKey(key)) {
          problems.error(file.path(), file.at("/" + key), "interface string '" + key + "' is empty", null);
        } else if (malformed != null) {
          problems.error(file.path(), file.at("/" + key), "interface string '" + key
              + "' is not an ICU message: " + malformed, ICU_HINT);
        } else if (Messages.URL_WORDS.contains(key) && text != null && !Ids.isSafe(text)) {
          // a URL word is a folder of the output: "../../x" would be written next to the project
          problems.error(file.path(), file.at("/" + key), "unsafe slug '" + text + "'", Ids.RULE);
        } else if (text == null) {
          String definedIn = readable.values().stream().filter(other -> other.value().containsKey(key))
              .map(Parsed::path).findFirst().orElse("another file");
          problems.error(file.path(), Position.START, "missing interface string '" + key + "'",
              "it is defined in " + definedIn);
        }
      }
      Map<String, String> defined = new LinkedHashMap<>();
      file.value().forEach((key, text) -> {
        if (text != null && !text.isBlank()) {
          defined.put(key, text);
        }
      });
      byLanguage.put(language, Map.copyOf(defined));
    });
    return new Messages(Map.copyOf(byLanguage));
  }
}
