package podium.validate;

import java.util.regex.Pattern;

/** Ids become URL and file path segments, so only a safe alphabet is accepted. */
public final class Ids {
  public static final String RULE = "ids may use lowercase letters, digits, '-' and '_', "
      + "and start with a letter or digit";
  private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private Ids() {}

  public static boolean isSafe(String id) {
    return id != null && id.length() <= 100 && SAFE.matcher(id).matches();
  }

  public static boolean isLanguageCode(String code) {
    return code != null && LANGUAGE.matcher(code).matches();
  }
}
