package podium.cli;

/** Checks of the texts scaffolding commands write into YAML and front matter for the editor. */
final class Texts {
  private Texts() {}

  /**
   * An option's text, when given, must be something to show: not blank, and without control characters (YAML
   * refuses most of them when the file is read back, and none belongs in a name or a title).
   */
  static void checkOption(String option, String text, String hint) {
    if (text == null) {
      return;
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException(option + " is empty; " + hint);
    }
    if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
      throw new IllegalArgumentException(option + " may not contain control characters such as line breaks or tabs");
    }
  }
}
