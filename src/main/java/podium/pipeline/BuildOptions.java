package podium.pipeline;

import java.nio.file.Path;

/**
 * What to build: the project folder, the output folder, one edition or all ({@code edition} null), and
 * whether drafts are included (the preview shows them, a published build never does), and whether missing or
 * outdated translations are errors, whether {@code .gz}/{@code .br} copies are written for static hosts, and
 * whether links name {@code index.html} so the site can be browsed from disk ({@code file://}).
 */
public record BuildOptions(Path project, Path output, String edition, boolean includeDrafts, boolean strict,
    boolean precompress, boolean fileLinks) {

  /** Options for validating only, or for a build without precompressed files. */
  public BuildOptions(Path project, Path output, String edition, boolean includeDrafts, boolean strict) {
    this(project, output, edition, includeDrafts, strict, false, false);
  }

  public podium.validate.Rules rules() {
    return new podium.validate.Rules(includeDrafts, strict);
  }
}
