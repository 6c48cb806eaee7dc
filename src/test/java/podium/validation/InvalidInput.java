package podium.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import podium.Minimal;
import podium.TestSite;

/**
 * Builds {@link Minimal#ALL} with some files replaced or added, and checks what an editor is told: exit code 1,
 * exactly the expected {@code path:line:column: error: …} lines, and never a Java stack trace.
 */
final class InvalidInput {
  private InvalidInput() {}

  /** The minimal edition with {@code changes} ({@code -- path --} sections) written on top. */
  static TestSite site(Path folder, String changes) {
    return TestSite.write(folder, Minimal.ALL).add(changes);
  }

  static TestSite.Run build(Path folder, String changes) {
    return site(folder, changes).build();
  }

  /** Builds the minimal edition changed by {@code changes}, and asserts that it fails with exactly these lines. */
  static void assertProblems(Path folder, String changes, String... expected) {
    assertFailed(build(folder, changes), expected);
  }

  /** Asserts a failed run: exit code 1, exactly {@code expected} as problem lines, no stack trace. */
  static void assertFailed(TestSite.Run run, String... expected) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertNoStackTrace(run);
    assertThat(run.problems()).as(run.err()).containsExactly(expected);
  }

  static void assertNoStackTrace(TestSite.Run run) {
    assertThat(run.err()).as("stderr").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.out()).as("stdout").doesNotContain("\tat ").doesNotContain("Exception");
  }

  /** The sessions file of {@link Minimal} with one text replaced (it must occur exactly once). */
  static String sessionsWith(String from, String to) {
    return replaced(Minimal.SESSIONS, from, to);
  }

  static String editionWith(String from, String to) {
    return replaced(Minimal.EDITION, from, to);
  }

  static String speakersWith(String from, String to) {
    return replaced(Minimal.SPEAKERS, from, to);
  }

  static String replaced(String files, String from, String to) {
    int at = files.indexOf(from);
    if (at < 0 || files.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("'" + from + "' must occur exactly once");
    }
    return files.replace(from, to);
  }

  /** A repository template or interface strings file, to be changed and written back as a section. */
  static String repositoryFile(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every output file's bytes, by path. */
  static Map<String, byte[]> snapshot(TestSite site) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String path : site.outputFiles()) {
      try {
        files.put(path, Files.readAllBytes(site.output().resolve(path)));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return files;
  }
}
