package podium.assemble;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import podium.model.Edition;

/**
 * A page's {@code lastmod} for the sitemaps: the day (UTC) its sources were last committed. The sources of an
 * edition's page are the edition's data files and the Markdown file it shows, if any; a source git has no date
 * for (uncommitted, or no git) is left out, and with none the page has no date. Never the build's time, which
 * would make every build differ and tell search engines of changes that are none.
 */
final class LastModified {
  private final Map<String, Instant> committed;

  LastModified(Map<String, Instant> committed) {
    this.committed = committed;
  }

  /** {@code YYYY-MM-DD}, or null when no source has a commit date. */
  String of(Edition edition, String markdownSource) {
    String data = "data/" + edition.id() + "/";
    return Stream.of(data + "edition.yaml", data + "sessions.yaml", data + "speakers.yaml", markdownSource)
        .filter(Objects::nonNull).map(committed::get).filter(Objects::nonNull).max(Instant::compareTo)
        .map(time -> LocalDate.ofInstant(time, ZoneOffset.UTC).toString()).orElse(null);
  }
}
