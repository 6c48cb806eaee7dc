package podium.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * Finds the release files of an edition, {@code data/<edition>/releases/<n>.json}, in release order. Anything
 * else in that folder is reported: a stray {@code 2 (copy).json} must not pass for history.
 */
final class ReleaseFiles {
  private ReleaseFiles() {}

  /** The files to parse, by number; {@code parse} reads one (null when it has problems, reported). */
  static List<Parsed<ReleaseDoc>> read(Path folder, String base, ProjectBoundary project,
      Function<Path, Parsed<ReleaseDoc>> parse, Problems problems) {
    Path releases = folder.resolve(ReleaseDoc.FOLDER);
    if (!project.admitsEntry(releases, problems) || !Files.isDirectory(releases)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    for (Path file : ProjectFiles.children(releases)) {
      String name = file.getFileName().toString();
      String path = base + "/" + ReleaseDoc.FOLDER + "/" + name;
      if (!project.admitsEntry(file, problems)) {
        continue;
      }
      if (ReleaseDoc.number(name) == 0 || !Files.isRegularFile(file)) {
        problems.error(path, Position.START, "unexpected file in a releases folder",
            "release files are named 1.json, 2.json, … and made by podium release");
      } else {
        files.add(file);
      }
    }
    files.sort(Comparator.comparingInt(file -> ReleaseDoc.number(file.getFileName().toString())));
    return files.stream().map(parse).toList();
  }
}
