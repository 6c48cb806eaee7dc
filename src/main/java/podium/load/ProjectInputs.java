package podium.load;

import java.nio.file.Path;
import java.util.List;

/**
 * Which files of a project are its inputs: the one home of the rule, used by the loader (what a build reads)
 * and by the preview's watcher (what is worth a rebuild). Anything else in the project folder, a log file,
 * {@code target/}, notes, is neither read nor watched.
 */
public final class ProjectInputs {
  /** The one input file at the top of the project. */
  public static final String SITE_FILE = "site.yaml";
  /** The input folders at the top of the project, read with everything below them. */
  public static final List<String> FOLDERS =
      List.of(ProjectLoader.DATA, ProjectLoader.CONTENT, ProjectLoader.TEMPLATES, ProjectLoader.ASSETS);

  private ProjectInputs() {}

  /** True for a path, relative to the project, that names an input or a folder that may hold inputs. */
  public static boolean isInput(Path relative) {
    if (relative.getNameCount() == 0 || relative.isAbsolute() || isIgnored(relative)) {
      return false;
    }
    String top = relative.getName(0).toString();
    return FOLDERS.contains(top) || (top.equals(SITE_FILE) && relative.getNameCount() == 1);
  }

  /** The languages with interface strings ({@code templates/i18n/<language>.yaml}), sorted. */
  public static List<String> interfaceLanguages(Path project) {
    return ProjectFiles.children(project.resolve(ProjectLoader.MESSAGES)).stream()
        .map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
        .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList();
  }

  /** True when any part of {@code relative} is an ignored name ({@link #isIgnored(String)}). */
  public static boolean isIgnored(Path relative) {
    for (Path part : relative) {
      if (isIgnored(part.toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hidden files and what editors write beside the file being edited are never content, and saving them is
   * never a reason to rebuild: dot-files ({@code .DS_Store}, Emacs' lock {@code .#page.md}, Vim's swap files
   * {@code .page.md.swp}/{@code .swx}, GNOME's {@code .goutputstream-*}), backups ({@code page.md~}), Emacs'
   * auto-saves ({@code #page.md#}), the file Vim creates to test that a folder is writable ({@code 4913}) and
   * temporary files ({@code *.tmp}).
   */
  public static boolean isIgnored(String name) {
    return name.startsWith(".") || name.endsWith("~") || (name.length() > 1 && name.startsWith("#")
        && name.endsWith("#")) || name.equals("4913") || name.endsWith(".tmp") || name.endsWith(".swp")
        || name.endsWith(".swx");
  }
}
