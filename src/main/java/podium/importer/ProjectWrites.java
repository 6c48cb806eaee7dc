package podium.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import podium.load.ProjectBoundary;

/**
 * Writes the import's files, each only inside the project's {@code data/<edition>/} or
 * {@code content/<edition>/}: a folder or file on the way that is a link leading out of the project
 * ({@link ProjectBoundary}) refuses the whole import before anything is written. Each file is written beside
 * its place and moved in, so an interrupted import leaves whole files.
 */
final class ProjectWrites {
  private ProjectWrites() {}

  /** The files of {@code files} (project-relative path to text) whose text differs from the file's on disk. */
  static List<String> changed(Path root, Map<String, String> files) {
    List<String> changed = new ArrayList<>();
    files.forEach((path, text) -> {
      Path file = root.resolve(path);
      if (!Files.isRegularFile(file) || !ExistingReader.text(file).equals(text)) {
        changed.add(path);
      }
    });
    return changed;
  }

  /** Refuses (with an {@link IllegalArgumentException}) a path that a link would take out of the project. */
  static void checkInside(Path root, String edition, List<String> paths) {
    ProjectBoundary boundary = new ProjectBoundary(root);
    for (String path : paths) {
      if (!path.startsWith("data/" + edition + "/") && !path.startsWith("content/" + edition + "/")
          || path.contains("..")) {
        throw new IllegalStateException("import path outside the edition: " + path);
      }
      for (Path step = root.resolve(path); step != null && step.startsWith(root); step = step.getParent()) {
        if (Files.exists(step) && !boundary.holds(step) || Files.isSymbolicLink(step) && !boundary.holds(step)) {
          throw new IllegalArgumentException("'" + root.relativize(step).toString().replace('\\', '/')
              + "' is a link out of the project; nothing was written (the import writes only inside the project)");
        }
      }
    }
  }

  static void write(Path root, Map<String, String> files, List<String> paths) throws IOException {
    for (String path : paths) {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Path part = file.resolveSibling("." + file.getFileName() + ".import");
      Files.write(part, files.get(path).getBytes(StandardCharsets.UTF_8));
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
