package podium.load;

import java.nio.file.Path;
import java.util.List;

/**
 * What a file watcher saw change among a project's inputs since the last load: the paths (files created,
 * modified or deleted, as the watcher names them), and whether that is all of it. It is not when the watcher
 * lost events (its queue overflowed) or saw a folder appear, whose first files may have been written before it
 * watched the folder: the next load then lists every folder again.
 */
public record ChangedInputs(List<Path> paths, boolean complete) {
  public ChangedInputs {
    paths = List.copyOf(paths);
  }
}
