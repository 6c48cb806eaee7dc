package podium.rules;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interface strings are ICU MessageFormat patterns: "{count, plural, one {# session} other {# sessions}}" reads
 * right in every language by its CLDR plural rules (French says "0 session", English "0 sessions"), and a plain
 * "{zone}" is the simplest pattern. Validation, the templates and the browser's copy ({@link MessageParts}) all
 * read a string through this class, so that they agree on what it says.
 */
public final class IcuMessages {
  private static final Pattern ICU_INDEX = Pattern.compile(": \\[at pattern index (\\d+)\\]");

  private IcuMessages() {}

  /** Why {@code text} is not a pattern ICU can format in {@code language}, or null when it is one. */
  public static String problem(String text, String language) {
    try {
      new MessageFormat(text, ULocale.forLanguageTag(language));
      return null;
    } catch (IllegalArgumentException e) {
      // ICU counts from 0: "[at pattern index 15]" is the string's 16th character
      Matcher index = ICU_INDEX.matcher(String.valueOf(e.getMessage()));
      return index.find() ? index.replaceFirst(" at character " + (Integer.parseInt(index.group(1)) + 1) + ":")
          : String.valueOf(e.getMessage());
    }
  }

  /** The names of the arguments a valid pattern fills in ({@code shown}, {@code total}), in order. */
  public static Set<String> arguments(String text) {
    MessagePattern pattern = new MessagePattern(text);
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
        names.add(pattern.getSubstring(part));
      }
    }
    return names;
  }

  /** The pattern with {@code values} filled in by the rules of {@code language}; numbers are grouped as it does. */
  public static String format(String text, String language, Map<String, Object> values) {
    return new MessageFormat(text, ULocale.forLanguageTag(language)).format(values);
  }
}
