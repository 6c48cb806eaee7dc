package podium.cli;

import java.util.List;
import podium.load.ProjectLoader;
import podium.model.Edition;
import podium.model.ProgrammeHistory;
import podium.model.Site;

/**
 * The warning {@code check} gives before a site is published: an edition whose programme differs from its last
 * release would publish changes that calendars and the change log cannot tell (same SEQUENCE, no entry). Only
 * editions that have releases are asked; the build itself does not fail, as a preview of unreleased edits is
 * what an editor checks before recording them.
 */
final class ReleaseWarnings {
  private ReleaseWarnings() {}

  static List<String> of(Site site) {
    return site.editions().stream().filter(edition -> edition.history().unreleased())
        .map(ReleaseWarnings::warning).toList();
  }

  private static String warning(Edition edition) {
    ProgrammeHistory.Release last = edition.history().last();
    return ProjectLoader.DATA + "/" + edition.id() + "/sessions.yaml:1:1: warning: the programme differs from its "
        + "last release, " + last.number() + " (" + last.name() + ") (record it with podium release " + edition.id()
        + " before publishing)";
  }
}
