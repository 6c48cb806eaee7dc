package podium.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * When each file below {@code data/} and {@code content/} was last committed, for the sitemaps' {@code lastmod}:
 * a date that changes when the content does and is the same in every build (a build's own time, or a file's
 * modification time after a checkout, would not be). Read from git, and only when the project folder is the
 * top of a git work tree (a {@code .git} beside {@code data/}): git is not asked to look above the project. Without
 * git, outside a repository, or when git fails, there are no dates and sitemaps give none.
 */
final class CommitDates {
  private static final long TIMEOUT_SECONDS = 60;

  private CommitDates() {}

  /** Paths relative to the project, with '/', to the time of the newest commit that changed them. */
  static Map<String, Instant> of(Path root) {
    if (!Files.exists(root.resolve(".git"))) {
      return Map.of();
    }
    ProcessBuilder git = new ProcessBuilder("git", "-c", "core.quotepath=off", "log", "--format=@%ct",
        "--name-only", "--no-renames", "--", ProjectLoader.DATA, ProjectLoader.CONTENT)
        .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
    git.environment().keySet().removeIf(name -> name.startsWith("GIT_"));
    Path parent = root.toAbsolutePath().getParent();
    if (parent != null) {
      git.environment().put("GIT_CEILING_DIRECTORIES", parent.toString());
    }
    git.environment().put("GIT_OPTIONAL_LOCKS", "0");
    Map<String, Instant> dates = new HashMap<>();
    try {
      Process process = git.start();
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        Instant commit = null;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith("@")) {
            commit = Instant.ofEpochSecond(Long.parseLong(line.substring(1)));
          } else if (!line.isEmpty() && commit != null) {
            dates.putIfAbsent(line, commit);  // newest commits come first
          }
        }
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Map.of();
      }
      return process.exitValue() == 0 ? Map.copyOf(dates) : Map.of();
    } catch (IOException | NumberFormatException e) {
      return Map.of();  // no git: no dates
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }
}
