package podium.validate;

import java.util.regex.Pattern;

/** Ids become URL and file path segments, so only a safe alphabet and length are accepted. */
public final class Ids {
  public static final String RULE = "ids may use lowercase letters, digits, '-' and '_', "
      + "and start with a letter or digit";
  /**
   * File systems allow names of 255 bytes; an id also makes longer names (a photo's {@code <id>-80x120.<hash>.jpg},
   * a session's {@code .ics}), and 100 characters is more than any title-like id needs.
   */
  public static final int MAX_LENGTH = 100;
  private static final String LENGTH_RULE = "ids are at most " + MAX_LENGTH + " characters long, as they become "
      + "file and folder names";
  /** How much of an overlong id a message quotes: enough to find it, not a screenful. */
  private static final int QUOTED = 40;
  private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private Ids() {}

  public static boolean isSafe(String id) {
    return id != null && id.length() <= MAX_LENGTH && SAFE.matcher(id).matches();
  }

  /** Why {@code id} is not safe, as a hint: its length, when that is what is wrong, else the alphabet. */
  public static String rule(String id) {
    return id != null && id.length() > MAX_LENGTH ? LENGTH_RULE : RULE;
  }

  /** {@code id} as a message quotes it: an overlong one is cut short. */
  public static String quoted(String id) {
    return id.length() > MAX_LENGTH ? id.substring(0, QUOTED) + "…" : id;
  }

  public static boolean isLanguageCode(String code) {
    return code != null && LANGUAGE.matcher(code).matches();
  }
}
