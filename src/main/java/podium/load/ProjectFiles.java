package podium.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/** File-system listing helpers with stable, sorted results, so builds do not depend on directory order. */
final class ProjectFiles {
  private ProjectFiles() {}

  static List<Path> children(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(path -> !ProjectInputs.isIgnored(path.getFileName())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files {@link #walk} finds. */
  static List<Path> filesBelow(ProjectBoundary project, Path dir, Problems problems,
      BiConsumer<Path, BasicFileAttributes> attributesOf) {
    return walk(project, dir, problems, attributesOf).files();
  }

  /** A walk's files, sorted, and whether it went through a symbolic link (to a file or a folder) on the way. */
  record Walk(List<Path> files, boolean throughLinks) {}

  /**
   * The files in {@code dir} and its folders, following symbolic links as {@link #children} does: without it
   * a linked {@code content/} or a linked folder inside it (shared pages) was silently empty. A link leading
   * out of the project is reported and not followed ({@link ProjectBoundary}); a link back to a folder that
   * contains it is reported and skipped. Hidden folders are not entered: nothing in them is read. Each file's
   * attributes (a link's are its target's) go to {@code attributesOf}: the preview's memo compares them instead of
   * asking the file system again.
   */
  static Walk walk(ProjectBoundary project, Path dir, Problems problems,
      BiConsumer<Path, BasicFileAttributes> attributesOf) {
    if (!project.admits(dir, problems) || !Files.isDirectory(dir)) {
      return new Walk(List.of(), false);
    }
    List<Path> files = new ArrayList<>();
    boolean[] linked = {Files.isSymbolicLink(dir)};
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
              if (folder.equals(dir)) {
                return FileVisitResult.CONTINUE;
              }
              return !ProjectInputs.isIgnored(dir.relativize(folder)) && admits(folder)
                  ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile() && !ProjectInputs.isIgnored(dir.relativize(file)) && admits(file)) {
                files.add(file);
                attributesOf.accept(file, attributes);
              }
              return FileVisitResult.CONTINUE;
            }

            private boolean admits(Path entry) {
              if (!Files.isSymbolicLink(entry)) {
                return true;
              }
              linked[0] = true;
              return project.admitsLink(entry, problems);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              if (Files.isSymbolicLink(file)) {
                linked[0] = true;
              }
              if (!project.admitsEntry(file, problems)) {
                return FileVisitResult.CONTINUE; // a link to a folder above the project: it leads out first
              }
              if (e instanceof FileSystemLoopException) {
                problems.error(project.name(file), Position.START,
                    "this link leads back to a folder that contains it", "remove the link or point it elsewhere");
                return FileVisitResult.CONTINUE;
              }
              throw e;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return new Walk(files, linked[0]);
  }

  static String slashes(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
