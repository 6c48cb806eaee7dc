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
import podium.load.ChangedInputs;
import podium.load.ProjectBoundary;
import podium.load.ProjectInputs;

/**
 * Watches the project's inputs ({@link ProjectInputs}: {@code site.yaml} and the input folders with their
 * sub-folders, new ones included) and reports changed inputs in batches: an editor's save often touches a file
 * several times, and one rebuild should follow, not five. Nothing else in the project folder is watched, so a
 * log written there ({@code serve > serve.log}), {@code target/} or an editor's swap file never rebuilds.
 */
final class Watcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 25;
  private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
      StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE};

  private final WatchService service;
  private final Path project;
  private final ProjectBoundary boundary;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

  Watcher(Path project) throws IOException {
    this.project = project;
    this.boundary = new ProjectBoundary(project);
    service = FileSystems.getDefault().newWatchService();
    // the top folder itself, for site.yaml and for input folders created later; its other files are ignored
    folders.put(project.register(service, KINDS), project);
    for (String folder : ProjectInputs.FOLDERS) {
      registerQuietly(project.resolve(folder));
    }
  }

  /**
   * Blocks, calling {@code onChange} with each batch of changed inputs, until closed. A batch is incomplete when
   * events were lost or a folder appeared (files may have been written into it before it was watched).
   */
  void run(Consumer<ChangedInputs> onChange) {
    try {
      while (true) {
        WatchKey key = service.take();
        List<Path> changed = new ArrayList<>();
        boolean complete = collect(key, changed);
        for (WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
            more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
          complete &= collect(more, changed);
        }
        if (!changed.isEmpty() || !complete) {
          onChange.accept(new ChangedInputs(changed, complete));
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Adds the key's changed inputs to {@code changed}; false when they may not be all. */
  private boolean collect(WatchKey key, List<Path> changed) {
    Path folder = folders.get(key);
    boolean complete = true;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        complete = false;
        continue;
      }
      if (folder == null) {
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      if (!ProjectInputs.isInput(project.relativize(path))) {
        continue;
      }
      changed.add(path);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
        complete = false;
        registerQuietly(path);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
    return complete;
  }

  private void registerQuietly(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try {
      registerTree(folder);
    } catch (IOException e) {
      // A folder that vanished between its creation event and now has nothing to watch.
    }
  }

  /**
   * Follows folder links that stay inside the project, as the build reads through them; a link out of the
   * project is not followed (watching someone's home folder is not the preview's business), and a link looping
   * back is skipped (the build says so).
   */
  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
        if (ProjectInputs.isIgnored(folder.getFileName().toString())
            || !boundary.holds(folder)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        folders.put(folder.register(service, KINDS), folder);
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
