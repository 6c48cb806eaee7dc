package podium.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import podium.diagnostic.Problems;
import podium.load.Parsed;

/**
 * The interface strings that are date and time patterns, tried up front on a date or time of the kind they
 * format: a pattern that does not compile, or asks a date for its hour, would otherwise fail every page of its
 * language with the JDK's own words.
 */
final class DatePatterns {
  /** Each pattern's key, with a value of what it formats. */
  private static final Map<String, TemporalAccessor> SAMPLES = Map.of(
      "date_long", LocalDate.of(2030, 3, 4),
      "time_pattern", ZonedDateTime.of(2030, 3, 4, 9, 30, 0, 0, ZoneOffset.ofHours(1)));
  private static final String HINT = "use pattern letters such as d, MMMM, yyyy, EEEE, HH and mm; put other "
      + "text in single quotes, and write '' for a quote";
  private static final Pattern UNKNOWN_LETTER = Pattern.compile("Unknown pattern letter: (.)");
  private static final Pattern TOO_MANY = Pattern.compile("Too many pattern letters: (.)");
  private static final Pattern UNSUPPORTED = Pattern.compile("Unsupported field: (\\w+)");

  private DatePatterns() {}

  /** Reports each pattern of {@code file} (the strings of {@code language}) that cannot format its value. */
  static void check(String language, Parsed<Map<String, String>> file, Problems problems) {
    SAMPLES.forEach((key, sample) -> {
      String pattern = file.value().get(key);
      String reason = pattern == null || pattern.isBlank() ? null
          : reason(pattern, Locale.forLanguageTag(language), sample);
      if (reason != null) {
        String kind = sample instanceof LocalDate ? "date" : "time";
        problems.error(file.path(), file.at("/" + key), "invalid " + kind + " pattern '" + pattern + "': "
            + reason, HINT);
      }
    });
  }

  private static String reason(String pattern, Locale locale, TemporalAccessor sample) {
    try {
      java.time.format.DateTimeFormatter.ofPattern(pattern, locale).format(sample);
      return null;
    } catch (IllegalArgumentException | DateTimeException e) {
      return inOurWords(String.valueOf(e.getMessage()), sample instanceof LocalDate ? "a date" : "a time");
    }
  }

  private static String inOurWords(String message, String formatted) {
    Matcher letter = UNKNOWN_LETTER.matcher(message);
    Matcher tooMany = TOO_MANY.matcher(message);
    Matcher unsupported = UNSUPPORTED.matcher(message);
    if (message.startsWith("Pattern ends with an incomplete string literal")) {
      return "a quoted text is not closed";
    } else if (letter.lookingAt()) {
      return "'" + letter.group(1) + "' is not a pattern letter";
    } else if (tooMany.lookingAt()) {
      return "too many '" + tooMany.group(1) + "' in a row";
    } else if (message.startsWith("Pattern includes reserved character")) {
      return "it uses a reserved character (one of # { })";
    } else if (message.contains("] without previous [")) {
      return "a ']' closes no '['";
    } else if (unsupported.lookingAt()) {
      return formatted + " has no " + words(unsupported.group(1));
    }
    return "it cannot format " + formatted;
  }

  /** {@code HourOfDay} as "hour of day". */
  private static String words(String field) {
    return field.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
  }
}
