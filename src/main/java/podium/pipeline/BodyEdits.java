package podium.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import podium.diagnostic.Problems;
import podium.load.LoadedProject;
import podium.load.MarkdownSource;
import podium.load.ProjectLoader;

/**
 * Recognizes the editor's most common change: only the text of Markdown pages, not their front matter. Such an
 * edit cannot change ids, slugs, menus or listings, so the preview can re-render just the pages that show the
 * text, at once, before the full incremental rebuild brings everything else (translation status, exports) up
 * to date.
 */
final class BodyEdits {
  private BodyEdits() {}

  /** The new bodies by source path, or null when anything but Markdown bodies changed since {@code last}. */
  static Map<String, String> find(LoadedProject last, List<Path> changed, ProjectLoader loader) {
    if (last == null || changed.isEmpty()) {
      return null;
    }
    Path root = last.root().toAbsolutePath();
    Map<String, MarkdownSource> known = new HashMap<>();
    last.markdown().forEach(source -> known.put(source.path(), source));
    Map<String, String> bodies = new HashMap<>();
    for (Path file : new LinkedHashSet<>(changed)) {
      Path absolute = file.toAbsolutePath();
      if (!absolute.startsWith(root) || !absolute.toString().endsWith(".md") || !Files.isRegularFile(absolute)) {
        return null;
      }
      Path relative = root.relativize(absolute);
      MarkdownSource before = known.get(relative.toString().replace('\\', '/'));
      if (before == null) {
        return null;
      }
      Problems problems = new Problems();
      // the loader's own form of the path (relative when the project is), as it remembers files by path
      MarkdownSource after = loader.markdownFile(last.root(), last.root().resolve(relative), problems);
      if (after == null || !problems.isEmpty() || !sameHeader(before, after)) {
        return null;
      }
      if (!after.body().equals(before.body())) {
        bodies.put(before.path(), after.body());
      }
    }
    return bodies.isEmpty() ? null : bodies;
  }

  private static boolean sameHeader(MarkdownSource before, MarkdownSource after) {
    return before.frontMatter().equals(after.frontMatter()) && before.bodyLine() == after.bodyLine()
        && before.frontMatterPositions().equals(after.frontMatterPositions());
  }
}
