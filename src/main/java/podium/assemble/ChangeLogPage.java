package podium.assemble;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import podium.model.Edition;
import podium.model.ProgrammeHistory;
import podium.model.ProgrammeHistory.Change;
import podium.model.ProgrammeHistory.SessionChange;
import podium.model.ProgrammeHistory.Snapshot;
import podium.model.Room;
import podium.model.Session;

/**
 * The change log of one edition in one language: every version of the programme, newest first, each with its
 * changes told in words ("new room: Auditorium → Room B"). It only tells what {@link ProgrammeHistory} found.
 */
final class ChangeLogPage {
  private final Edition edition;
  private final Localizer local;
  private final Routes routes;
  private final Set<String> current;

  ChangeLogPage(Edition edition, Localizer local, Routes routes) {
    this.edition = edition;
    this.local = local;
    this.routes = routes;
    this.current = edition.sessions().stream().map(Session::id).collect(Collectors.toSet());
  }

  /** The programme's version as a heading shows it, with a link to this page; null before the first release. */
  static Contents.Version version(Edition edition, Localizer local, Routes routes) {
    ProgrammeHistory history = edition.history();
    if (history.releases().isEmpty()) {
      return null;
    }
    String label = history.unreleased() ? local.strings().get("change_unreleased") : heading(history.last(), local);
    return new Contents.Version(label, routes.changes(local.language()));
  }

  Contents.ChangeLog contents() {
    List<Contents.Release> releases = new ArrayList<>();
    for (ProgrammeHistory.VersionChanges version : edition.history().log()) {
      ProgrammeHistory.Release release = version.release();
      releases.add(new Contents.Release(release == null ? t("change_unreleased") : release.name(),
          release == null ? null : local.date(release.date()), release == null ? null : release.date().toString(),
          release != null && release.number() == 1,
          version.sessions().stream().map(this::change).toList()));
    }
    return new Contents.ChangeLog(List.copyOf(releases));
  }

  private static String heading(ProgrammeHistory.Release release, Localizer local) {
    return release.name() + " – " + local.date(release.date());
  }

  private Contents.Change change(SessionChange change) {
    Snapshot shown = change.after() != null ? change.after() : change.before();
    List<String> details = change.changes().stream().map(kind -> detail(kind, change.before(), change.after()))
        .toList();
    return new Contents.Change(local.text(shown.title()), change.after() != null && current.contains(change.id())
        ? routes.session(local.language(), change.id()) : null, change.after() != null
        && change.after().status() == podium.model.SessionStatus.CANCELLED, details);
  }

  private String detail(Change kind, Snapshot before, Snapshot after) {
    String words = t(kind.messageKey());
    String separator = t("label_separator");
    return switch (kind) {
      case MOVED -> words + separator + day(before.start()) + " " + times(before) + " → " + day(after.start()) + " "
          + times(after);
      case NEW_TIME -> words + separator + times(before) + " → " + times(after);
      case NEW_ROOM -> words + separator + room(before.room()) + " → " + room(after.room());
      case NEW_TITLE -> words + separator + local.text(before.title()).value() + " → "
          + local.text(after.title()).value();
      default -> words;
    };
  }

  private String day(OffsetDateTime at) {
    return local.date(at.atZoneSameInstant(edition.timezone()).toLocalDate());
  }

  private String times(Snapshot session) {
    return local.time(session.start().atZoneSameInstant(edition.timezone())) + "–"
        + local.time(session.end().atZoneSameInstant(edition.timezone()));
  }

  /** A room's name in this language; a room since removed from the edition is told by its id. */
  private String room(String id) {
    return edition.rooms().stream().filter(room -> room.id().equals(id)).map(Room::name).findFirst()
        .map(name -> local.text(name).value()).orElse(id);
  }

  private String t(String key) {
    return local.strings().getOrDefault(key, key);
  }
}
