package podium.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import podium.diagnostic.Problems;
import podium.load.Parsed;
import podium.load.ReleaseDoc;
import podium.model.ProgrammeHistory;
import podium.model.ProgrammeHistory.Change;
import podium.model.ProgrammeHistory.Release;
import podium.model.ProgrammeHistory.SessionChange;
import podium.model.ProgrammeHistory.SessionHistory;
import podium.model.ProgrammeHistory.Snapshot;
import podium.model.ProgrammeHistory.VersionChanges;
import podium.model.Session;
import podium.model.SessionStatus;

/**
 * The one home of "what changed": compares each version of the programme (the releases in order, then the
 * current programme if it differs from the last) with the one before, and gives every output the same answer
 * ({@link ProgrammeHistory}): the marks on pages, the change log, calendars' SEQUENCE and LAST-MODIFIED, the
 * schedule's version.
 */
final class ReleaseHistory {
  private ReleaseHistory() {}

  /** The history of {@code sessions} (the public programme, in order); NONE when a release file has problems. */
  static ProgrammeHistory of(List<Parsed<ReleaseDoc>> files, List<Session> sessions, Problems problems) {
    List<ReleaseChecks.Checked> releases = ReleaseChecks.check(files, problems);
    if (releases == null || releases.isEmpty()) {
      return ProgrammeHistory.NONE;
    }
    Map<String, ReleaseChecks.Facts> current = new LinkedHashMap<>();
    for (Session session : sessions) {
      ReleaseDoc.Entry entry = ReleaseEntries.of(session);
      current.put(session.id(), new ReleaseChecks.Facts(new Snapshot(session.start().toOffsetDateTime(),
          session.end().toOffsetDateTime(), entry.room(), session.title(), session.status()), entry.speakers(),
          entry.texts()));
    }
    List<Map<String, ReleaseChecks.Facts>> versions = new ArrayList<>();
    releases.forEach(release -> versions.add(release.sessions()));
    boolean unreleased = !current.equals(versions.get(versions.size() - 1));
    if (unreleased) {
      versions.add(current);
    }
    List<VersionChanges> log = new ArrayList<>();
    Map<String, Integer> sequence = new LinkedHashMap<>();
    Map<String, LocalDate> lastModified = new LinkedHashMap<>();
    Map<String, List<Change>> latest = Map.of();
    for (int k = 0; k < versions.size(); k++) {
      Release release = k < releases.size() ? releases.get(k).release() : null;
      List<SessionChange> changes = k == 0 ? List.of() : changes(versions.get(k - 1), versions.get(k));
      for (SessionChange change : changes) {
        if (change.changes().stream().anyMatch(Change::reschedules)) {
          sequence.merge(change.id(), 1, Integer::sum);
        }
      }
      if (release != null) {
        Set<String> touched = new LinkedHashSet<>(k == 0 ? versions.get(0).keySet() : Set.of());
        changes.stream().filter(c -> c.changes().contains(Change.NEW)
            || c.changes().stream().anyMatch(Change::reschedules)).forEach(c -> touched.add(c.id()));
        touched.forEach(id -> lastModified.put(id, release.date()));
      }
      log.add(0, new VersionChanges(release, changes));
      if (k == versions.size() - 1) {
        latest = new LinkedHashMap<>();
        for (SessionChange change : changes) {
          latest.put(change.id(), change.changes());
        }
      }
    }
    Map<String, SessionHistory> histories = new LinkedHashMap<>();
    for (String id : current.keySet()) {
      histories.put(id, new SessionHistory(sequence.getOrDefault(id, 0), lastModified.get(id),
          latest.getOrDefault(id, List.of())));
    }
    return new ProgrammeHistory(releases.stream().map(ReleaseChecks.Checked::release).toList(), unreleased,
        List.copyOf(log), histories);
  }

  /** What changed from one version to the next, session by session, in the order of the newer version. */
  private static List<SessionChange> changes(Map<String, ReleaseChecks.Facts> before,
      Map<String, ReleaseChecks.Facts> after) {
    Set<String> ids = new LinkedHashSet<>(after.keySet());
    ids.addAll(before.keySet());
    List<SessionChange> changes = new ArrayList<>();
    for (String id : ids) {
      List<Change> kinds = kinds(before.get(id), after.get(id));
      if (!kinds.isEmpty()) {
        changes.add(new SessionChange(id, kinds, before.containsKey(id) ? before.get(id).snapshot() : null,
            after.containsKey(id) ? after.get(id).snapshot() : null));
      }
    }
    changes.sort(Comparator.comparing((SessionChange c) -> (c.after() != null ? c.after() : c.before()).start())
        .thenComparing(SessionChange::id));
    return List.copyOf(changes);
  }

  private static List<Change> kinds(ReleaseChecks.Facts before, ReleaseChecks.Facts after) {
    if (before == null) {
      return List.of(Change.NEW);
    }
    if (after == null) {
      return List.of(Change.REMOVED);
    }
    Snapshot was = before.snapshot();
    Snapshot is = after.snapshot();
    List<Change> kinds = new ArrayList<>();
    if (was.status() != is.status()) {
      kinds.add(is.status() == SessionStatus.CANCELLED ? Change.CANCELLED : Change.RESTORED);
    }
    if (!was.start().toLocalDate().equals(is.start().toLocalDate())) {
      kinds.add(Change.MOVED);
    } else if (!was.start().equals(is.start()) || !was.end().equals(is.end())) {
      kinds.add(Change.NEW_TIME);
    }
    if (!was.room().equals(is.room())) {
      kinds.add(Change.NEW_ROOM);
    }
    if (!was.title().equals(is.title())) {
      kinds.add(Change.NEW_TITLE);
    } else if (!before.texts().equals(after.texts())) {
      kinds.add(Change.NEW_TEXT);
    }
    if (!before.speakers().equals(after.speakers())) {
      kinds.add(Change.NEW_SPEAKERS);
    }
    return List.copyOf(kinds);
  }
}
