package podium.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the project's input folders, new sub-folders included, and reports changed paths in batches:
 * an editor's save often touches a file several times, and one rebuild should follow, not five.
 */
final class Watcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 25;

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private Path flatFolder;

  /** Watches each of {@code trees} with its sub-folders, and the files directly in {@code flat}. */
  Watcher(List<Path> trees, Path flat) throws IOException {
    service = FileSystems.getDefault().newWatchService();
    for (Path root : trees) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
    flatFolder = flat;
    folders.put(flat.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE), flat);
  }

  /** Blocks, calling {@code onChange} with each batch of changed paths, until closed. */
  void run(Consumer<List<Path>> onChange) {
    try {
      while (true) {
        WatchKey key = service.take();
        List<Path> changed = new ArrayList<>();
        collect(key, changed);
        for (WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
            more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
          collect(more, changed);
        }
        if (!changed.isEmpty()) {
          onChange.accept(changed);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void collect(WatchKey key, List<Path> changed) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      String name = path.getFileName().toString();
      if (name.startsWith(".") || name.endsWith("~")) {
        continue;
      }
      changed.add(path);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path) && !isFlat(folder)) {
        registerQuietly(path);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  private boolean isFlat(Path folder) {
    return folder.equals(flatFolder);
  }

  private void registerQuietly(Path folder) {
    try {
      registerTree(folder);
    } catch (IOException e) {
      // A folder that vanished between its creation event and now has nothing to watch.
    }
  }

  /** Follows folder links, as the build reads through them; a link looping back is skipped (the build says so). */
  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
        folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
