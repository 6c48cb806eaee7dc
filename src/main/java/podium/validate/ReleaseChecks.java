package podium.validate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import podium.diagnostic.Problems;
import podium.load.Parsed;
import podium.load.ReleaseDoc;
import podium.model.ProgrammeHistory.Release;
import podium.model.ProgrammeHistory.Snapshot;
import podium.model.SessionStatus;

/**
 * Checks the release files of an edition: numbered from 1 without gaps, named, dated in order, every session
 * complete, and unchanged since {@code podium release} wrote them (their checksum). History that was edited
 * by hand would tell calendars and readers a different past than the one they saw, so it is an error.
 */
final class ReleaseChecks {
  private ReleaseChecks() {}

  /** One checked release: what it is, and each session's facts by id, in file order. */
  record Checked(Release release, Map<String, Facts> sessions) {}

  /** All a release keeps of one session. */
  record Facts(Snapshot snapshot, List<String> speakers, String texts) {}

  /** The checked releases in order, or null when any file has a problem (reported). */
  static List<Checked> check(List<Parsed<ReleaseDoc>> files, Problems problems) {
    List<Checked> checked = new ArrayList<>();
    boolean valid = true;
    LocalDate previous = null;
    for (int i = 0; i < files.size(); i++) {
      Parsed<ReleaseDoc> file = files.get(i);
      if (file == null) {
        valid = false; // unreadable: already reported
        continue;
      }
      FileChecks checks = new FileChecks(file, problems);
      int number = ReleaseDoc.number(file.path().substring(file.path().lastIndexOf('/') + 1));
      if (number != i + 1) {
        checks.error("", "release " + (i + 1) + " is missing", "releases are numbered 1, 2, 3, … without gaps; "
            + "restore " + ReleaseDoc.fileName(i + 1) + " from version control");
        valid = false;
      }
      Checked release = release(file.value(), number, previous, checks);
      if (release == null) {
        valid = false;
      } else {
        previous = release.release().date();
        checked.add(release);
      }
    }
    return valid ? List.copyOf(checked) : null;
  }

  private static Checked release(ReleaseDoc doc, int number, LocalDate previous, FileChecks checks) {
    if (doc == null) {
      checks.error("", "release file is empty", "release files are made by podium release");
      return null;
    }
    int before = checks.count();
    checks.require("/name", doc.name());
    LocalDate date = checks.date("/date", doc.date());
    if (date != null && previous != null && date.isBefore(previous)) {
      checks.error("/date", "release date " + date + " is before the previous release's (" + previous + ")",
          "releases are recorded in order: restore this file from version control");
    }
    Map<String, Facts> sessions = new LinkedHashMap<>();
    if (doc.sessions() == null) {
      checks.error("", "missing required key 'sessions'", null);
    } else {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < doc.sessions().size(); i++) {
        ReleaseDoc.Entry entry = doc.sessions().get(i);
        String at = "/sessions/" + i;
        Facts facts = facts(entry, at, checks);
        if (facts != null && !ids.add(entry.id())) {
          checks.error(at + "/id", "session '" + entry.id() + "' is listed twice", null);
        } else if (facts != null) {
          sessions.put(entry.id(), facts);
        }
      }
    }
    if (checks.count() == before && !doc.expectedChecksum().equals(doc.checksum())) {
      checks.error(doc.checksum() == null ? "" : "/checksum", doc.checksum() == null ? "missing required key 'checksum'"
          : "release file was changed after podium release wrote it (its checksum does not match)",
          "restore it from version control; record a changed programme with a new release instead");
    }
    return checks.count() == before ? new Checked(new Release(number, doc.name().strip(), date), sessions) : null;
  }

  private static Facts facts(ReleaseDoc.Entry entry, String at, FileChecks checks) {
    boolean ok = checks.safeId(at + "/id", entry.id());
    OffsetDateTime start = time(at + "/start", entry.start(), checks);
    OffsetDateTime end = time(at + "/end", entry.end(), checks);
    ok &= checks.safeId(at + "/room", entry.room());
    ok &= checks.require(at + "/title", entry.title());
    ok &= checks.require(at + "/texts", entry.texts());
    SessionStatus status = SessionStatus.named(entry.status());
    if (checks.require(at + "/status", entry.status()) && status == null) {
      checks.error(at + "/status", "unknown status '" + entry.status() + "'", "the statuses are "
          + String.join(" and ", SessionStatus.words()));
    }
    List<String> speakers = entry.speakers() == null ? List.of() : entry.speakers();
    for (int i = 0; i < speakers.size(); i++) {
      ok &= checks.safeId(at + "/speakers/" + i, speakers.get(i));
    }
    if (!ok || start == null || end == null || status == null) {
      return null;
    }
    return new Facts(new Snapshot(start, end, entry.room(), entry.title(), status), List.copyOf(speakers),
        entry.texts());
  }

  private static OffsetDateTime time(String pointer, String text, FileChecks checks) {
    if (!checks.require(pointer, text)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      checks.error(pointer, "invalid time '" + text + "'", "release times are ISO date-times with their offset, "
          + "such as 2024-05-07T09:00+02:00");
      return null;
    }
  }
}
