package podium.pipeline;

import java.nio.file.Path;
import podium.validate.Ids;
import podium.validate.Rules;

/**
 * What to build: the project folder, the output folder, one edition or all ({@code edition} null), and
 * whether drafts are included (the preview shows them, a published build never does), and whether missing or
 * outdated translations are errors, whether {@code .gz}/{@code .br} copies are written for static hosts, and
 * whether links name {@code index.html} so the site can be browsed from disk ({@code file://}).
 */
public record BuildOptions(Path project, Path output, String edition, boolean includeDrafts, boolean strict,
    boolean precompress, boolean fileLinks) {

  /**
   * An edition id becomes a folder of the output ({@code build --edition} writes only there): one that is not a
   * safe id could name a folder outside it, so it is refused before anything is read or made.
   */
  public BuildOptions {
    if (edition != null && !Ids.isSafe(edition)) {
      throw new IllegalArgumentException("--edition '" + Ids.quoted(edition) + "' is not an edition id ("
          + Ids.rule(edition) + ")");
    }
  }

  /** Options for validating only, or for a build without precompressed files. */
  public BuildOptions(Path project, Path output, String edition, boolean includeDrafts, boolean strict) {
    this(project, output, edition, includeDrafts, strict, false, false);
  }

  public Rules rules() {
    return new Rules(includeDrafts, strict);
  }
}
