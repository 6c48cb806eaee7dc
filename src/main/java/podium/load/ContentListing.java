package podium.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import podium.diagnostic.Problems;

/**
 * The files below {@code content/} as the preview's last load listed them. When the watcher saw every change
 * since ({@link ChangedInputs#complete()}), the next load takes this list with the changed paths applied instead
 * of walking the folder again: at 3,000 sessions that walk asks the file system about 9,000 files after every
 * edit. Anything the list cannot follow exactly makes the next load walk: a changed folder, a link, a path that
 * was a folder, a walk that reported problems (they must be reported again) or went through links (a file
 * reached by two paths is watched under one of them).
 */
final class ContentListing {
  /** Sorted as the walk sorts; null when the next load must walk. */
  private List<Path> files;
  /** Whether the last call listed from here, not by a walk. */
  private boolean listedLast;

  /**
   * The files below {@code dir}: {@code changes} applied to the last listing when it allows, else walked.
   * {@code changed} hears of each file the watcher reported that is still there: it must be read again,
   * whatever its time and size say.
   */
  List<Path> files(ProjectBoundary project, Path dir, Problems problems, ChangedInputs changes,
      BiConsumer<Path, BasicFileAttributes> attributesOf, Consumer<Path> changed) {
    listedLast = files != null && changes != null && changes.complete() && apply(dir, changes, attributesOf, changed);
    if (listedLast) {
      return List.copyOf(files);
    }
    files = null; // until this walk completes
    Problems found = new Problems();
    ProjectFiles.Walk walk = ProjectFiles.walk(project, dir, found, attributesOf);
    found.sorted().forEach(problems::add);
    files = found.isEmpty() && !walk.throughLinks() ? new ArrayList<>(walk.files()) : null;
    return walk.files();
  }

  /** Whether the last {@link #files} call listed from here: its files the watcher did not report are unchanged. */
  boolean listedLast() {
    return listedLast;
  }

  /** False, the listing dropped, when a change needs a walk. */
  private boolean apply(Path dir, ChangedInputs changes, BiConsumer<Path, BasicFileAttributes> attributesOf,
      Consumer<Path> changed) {
    for (Path path : changes.paths()) {
      if (!path.equals(path.normalize()) || dir.startsWith(path)) {
        // a path with "." or ".." may lead anywhere; or the folder itself (or one above it) changed
        files = null;
        return false;
      }
      if (!path.startsWith(dir) || ProjectInputs.isIgnored(dir.relativize(path))) {
        continue;
      }
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        attributes = null;
      } catch (IOException e) {
        files = null; // unreadable: the walk says why
        return false;
      }
      int at = Collections.binarySearch(files, path);
      if (attributes != null && attributes.isRegularFile()) {
        if (at < 0) {
          files.add(-at - 1, path);
        }
        attributesOf.accept(path, attributes);
        changed.accept(path);
      } else if (attributes == null && at >= 0) {
        files.remove(at);
      } else if (attributes != null || wasFolder(path, -at - 1)) {
        files = null; // a folder, a link or another kind of file appeared, or a folder went
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a listed file lay below {@code path}, which is gone. They sort after it, among the names that
   * begin with its name ({@code a/b-c} sorts between {@code a/b} and {@code a/b/c}).
   */
  private boolean wasFolder(Path path, int from) {
    String name = path.toString();
    for (int i = from; i < files.size() && files.get(i).toString().startsWith(name); i++) {
      if (files.get(i).startsWith(path)) {
        return true;
      }
    }
    return false;
  }
}
