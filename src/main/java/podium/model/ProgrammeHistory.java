package podium.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an edition's releases ({@code data/<edition>/releases/<n>.json}) say about its programme, worked out
 * once by {@code validate.ReleaseHistory} and only read by the outputs. The versions of the programme are the
 * releases in order, then the current programme when it differs from the last release ({@code unreleased}).
 * {@code log} holds, newest first, what each version changed against the one before; {@code sessions} gives
 * each current session's {@link SessionHistory}. Everything here follows from committed files, never the clock.
 */
public record ProgrammeHistory(List<Release> releases, boolean unreleased, List<VersionChanges> log,
    Map<String, SessionHistory> sessions) {
  public static final ProgrammeHistory NONE = new ProgrammeHistory(List.of(), false, List.of(), Map.of());

  /** The newest release, or null before the first. */
  public Release last() {
    return releases.isEmpty() ? null : releases.get(releases.size() - 1);
  }

  /** The name of the version the site shows: the last release's, when nothing changed since; otherwise null. */
  public String publishedName() {
    return releases.isEmpty() || unreleased ? null : last().name();
  }

  /** What is known of one session; a session in no version yet has sequence 0 and no date. */
  public SessionHistory of(String sessionId) {
    return sessions.getOrDefault(sessionId, SessionHistory.UNRELEASED);
  }

  /** One recorded release: its number (the file's name), the name editors gave it, and its date. */
  public record Release(int number, String name, LocalDate date) {}

  /**
   * A session's place in the history. {@code sequence} counts the versions in which its time, room, title or
   * status changed (iCalendar SEQUENCE); {@code lastModified} is the date of the last release that changed or
   * added it (null before any); {@code latest} is what the newest version changed for it (empty when nothing).
   */
  public record SessionHistory(int sequence, LocalDate lastModified, List<Change> latest) {
    public static final SessionHistory UNRELEASED = new SessionHistory(0, null, List.of());

    public boolean changed() {
      return !latest.isEmpty();
    }
  }

  /** The changes a version made; {@code release} is null for the current programme, not yet released. */
  public record VersionChanges(Release release, List<SessionChange> sessions) {}

  /** One session's changes in one version: the session as it was before ({@code before}, null if new) and after. */
  public record SessionChange(String id, List<Change> changes, Snapshot before, Snapshot after) {}

  /** The facts a release keeps of a session that changes are told by; {@code room} is the room's id. */
  public record Snapshot(OffsetDateTime start, OffsetDateTime end, String room, Localized title,
      SessionStatus status) {}

  /** A kind of change, in the order a sentence lists them. */
  public enum Change {
    NEW, REMOVED, CANCELLED, RESTORED, MOVED, NEW_TIME, NEW_ROOM, NEW_TITLE, NEW_SPEAKERS, NEW_TEXT;

    /** Whether a calendar must replace its copy of the event (iCalendar SEQUENCE grows). */
    public boolean reschedules() {
      return this != NEW && this != NEW_SPEAKERS && this != NEW_TEXT && this != REMOVED;
    }

    /** The key of its words in the interface strings: {@code change_new_time}. */
    public String messageKey() {
      return "change_" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
