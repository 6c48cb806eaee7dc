package podium.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import podium.diagnostic.Problems;
import podium.load.LoadedProject;
import podium.load.ProjectLoader;

/**
 * Recognizes an edit of page templates only: the text of templates that existed, no template added or removed,
 * no interface string, no data, no page. Such an edit changes no page's content, path or links, only how pages
 * look, so the preview can show the open tabs' pages with the new templates from the last site model at once,
 * before the full incremental rebuild renders every page that uses them.
 */
final class TemplateEdits {
  private TemplateEdits() {}

  /**
   * Every template's text with the edited ones read again, or null when anything but the text of existing
   * templates changed since {@code last}, or nothing did, or an edited template cannot be read.
   */
  static Map<String, String> find(LoadedProject last, List<Path> changed, ProjectLoader loader) {
    if (last == null || changed.isEmpty()) {
      return null;
    }
    Path folder = last.templateFolder().toAbsolutePath();
    Map<String, String> texts = new TreeMap<>(last.templates());
    boolean edited = false;
    for (Path file : new LinkedHashSet<>(changed)) {
      Path absolute = file.toAbsolutePath();
      if (!absolute.startsWith(folder) || !Files.isRegularFile(absolute)) {
        return null;
      }
      String name = folder.relativize(absolute).toString().replace('\\', '/');
      if (!texts.containsKey(name)) {
        return null;  // a new template may take over pages of an edition (an override): the full path decides
      }
      Problems problems = new Problems();
      String text = loader.templateFile(last.root(), last.templateFolder().resolve(name), problems);
      if (text == null || !problems.isEmpty()) {
        return null;
      }
      edited |= !text.equals(texts.put(name, text));
    }
    return edited ? texts : null;
  }
}
