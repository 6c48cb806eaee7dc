package podium.model;

import java.util.Arrays;
import java.util.List;

/**
 * Whether a session takes place. A cancelled session stays in the programme, in its place, so that people who
 * planned to attend find out instead of finding nothing; the word is what {@code sessions.yaml} and release files
 * write.
 */
public enum SessionStatus {
  CONFIRMED("confirmed"),
  CANCELLED("cancelled");

  private final String word;

  SessionStatus(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** The status a file names, or null when it names none. */
  public static SessionStatus named(String word) {
    return Arrays.stream(values()).filter(status -> status.word.equals(word)).findFirst().orElse(null);
  }

  public static List<String> words() {
    return Arrays.stream(values()).map(SessionStatus::word).toList();
  }
}
