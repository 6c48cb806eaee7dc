package podium.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Which templates changed since the last look: templates are compiled once and kept until one changes. */
final class TemplateStamps {
  private final Path folder;
  private Map<String, FileTime> seen = Map.of();

  TemplateStamps(Path folder) {
    this.folder = folder;
  }

  /** The names of templates added, changed or removed since the last call (all of them on the first). */
  List<String> changed() {
    Map<String, FileTime> now = new HashMap<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(path -> path.toString().endsWith(".ftlh")).toList()) {
          now.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<String> changed = new ArrayList<>();
    now.forEach((name, time) -> {
      if (!time.equals(seen.get(name))) {
        changed.add(name);
      }
    });
    seen.keySet().stream().filter(name -> !now.containsKey(name)).forEach(changed::add);
    seen = now;
    return changed;
  }
}
