package podium;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import podium.cli.Main;

/**
 * A small project written inline, as Hugo's integration tests do: a text block of {@code -- path --}
 * sections, each followed by that file's content. The repository's own {@code templates/} (with its
 * interface strings) and {@code assets/} are copied in first, so tests exercise the real theme; a section
 * may overwrite any of those files.
 */
public final class TestSite {
  private static final Path REPOSITORY = Path.of("").toAbsolutePath();
  private final Path root;

  private TestSite(Path root) {
    this.root = root;
  }

  public static TestSite write(Path folder, String files) {
    TestSite site = new TestSite(folder);
    copyTree(REPOSITORY.resolve("templates"), folder.resolve("templates"));
    copyTree(REPOSITORY.resolve("assets"), folder.resolve("assets"));
    site.add(files);
    return site;
  }

  /** Adds or replaces files, written in the same {@code -- path --} format. */
  public TestSite add(String files) {
    String path = null;
    StringBuilder content = new StringBuilder();
    for (String line : files.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --")) {
        if (path != null) {
          writeFile(path, content.toString());
        }
        path = line.substring(3, line.length() - 3).strip();
        content.setLength(0);
      } else if (path != null) {
        content.append(line).append('\n');
      }
    }
    if (path != null) {
      writeFile(path, content.toString());
    }
    return this;
  }

  public void writeBytes(String path, byte[] bytes) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeFile(String path, String content) {
    writeBytes(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public Path root() {
    return root;
  }

  public Path output() {
    return root.resolve("target/site");
  }

  /** Runs the command line on this project, as a user would. */
  public Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--project");
    all.add(root.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  public Run build() {
    return run("build", "--quiet");
  }

  /** A built file's text. */
  public String file(String pathInOutput) {
    try {
      return Files.readString(output().resolve(pathInOutput));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean exists(String pathInOutput) {
    return Files.exists(output().resolve(pathInOutput));
  }

  /** Every file of the output, as sorted paths relative to it. */
  public List<String> outputFiles() {
    try (Stream<Path> files = Files.walk(output())) {
      return files.filter(Files::isRegularFile).map(file -> output().relativize(file).toString().replace('\\', '/'))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The outcome of one command: exit code and what it printed. */
  public record Run(int exitCode, String out, String err) {
    /** The printed problems, one per line, without the closing summary line. */
    public List<String> problems() {
      return err.lines().filter(line -> line.contains(": error: ")).toList();
    }
  }
}
