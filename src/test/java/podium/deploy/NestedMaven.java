package podium.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Maven itself on this project's pom, as a deployer types `mvn …`, and keeps its output and duration. */
final class NestedMaven {
  /** The project folder: failsafe sets basedir; an IDE runs tests from the project folder. */
  static final Path PROJECT = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();

  private static final Duration LIMIT = Duration.ofMinutes(5);

  record Run(int exitCode, Duration time, String output) {
    String seconds() {
      return String.format("%.1f s", time.toMillis() / 1000.0);
    }
  }

  private NestedMaven() {}

  /** Runs `mvn -B -q -f pom.xml ARGS` in the project folder; the output also goes to {@code log}. */
  static Run run(Path log, String... args) throws IOException, InterruptedException {
    return run(null, log, args);
  }

  /**
   * The same, as a user whose home folder (user.home: ~/.ssh, ~/.m2/settings.xml) is {@code home}, so that a test
   * neither reads nor writes the real one. The local repository stays the outer build's.
   */
  static Run run(Path home, Path log, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable().toString(), "-B", "-q", "-f",
        PROJECT.resolve("pom.xml").toString()));
    // The outer build's local repository (failsafe passes it): the plugins resolved once are reused.
    String repository = System.getProperty("maven.repo.local",
        Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    command.add("-Dmaven.repo.local=" + repository);
    command.addAll(List.of(args));
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
    if (home != null) {
      // MAVEN_OPTS reaches the JVM before Maven starts, so everything that reads user.home sees this one.
      builder.environment().merge("MAVEN_OPTS", "-Duser.home=" + home, (opts, more) -> opts + " " + more);
    }
    Process process = builder.start();
    process.getOutputStream().close(); // no stdin, as in CI: a prompt must fail, not hang
    long start = System.nanoTime();
    if (!process.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
    Duration time = Duration.ofNanos(System.nanoTime() - start);
    int exitCode = process.isAlive() ? -1 : process.exitValue();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.printf("[nested maven] mvn %s: exit %d in %.1f s%n", String.join(" ", args), exitCode,
        time.toMillis() / 1000.0);
    return new Run(exitCode, time, output);
  }

  /** The Maven that runs this build (failsafe passes maven.home), else the `mvn` on PATH. */
  static Path executable() {
    String home = System.getProperty("maven.home");
    if (home != null && !home.isBlank()) {
      Path mvn = Path.of(home, "bin", "mvn");
      if (Files.isExecutable(mvn)) {
        return mvn;
      }
    }
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path mvn = Path.of(folder, "mvn");
      if (!folder.isEmpty() && Files.isExecutable(mvn)) {
        return mvn;
      }
    }
    throw new IllegalStateException("no Maven found: neither -Dmaven.home nor mvn on PATH");
  }
}
