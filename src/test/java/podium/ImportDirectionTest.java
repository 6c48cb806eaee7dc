package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's direction, enforced: each package's {@code package-info.java} says, in a "May use:" line,
 * which of Podium's packages it may depend on, and every source file is held to it. Imports and qualified
 * names both count, so a dependency cannot slip in by writing the full name.
 */
class ImportDirectionTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern MAY_USE = Pattern.compile("May use:(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern REFERENCE = Pattern.compile("\\bpodium((?:\\.[a-z][a-z0-9]*)+)\\.[A-Z]");
  private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

  @Test
  void everyPackageSaysWhatItMayUse() throws IOException {
    for (Path folder : packageFolders()) {
      assertThat(folder.resolve("package-info.java")).as("package-info.java of " + folder).isRegularFile();
      assertThat(allowed(folder)).as("the 'May use:' line of " + folder).isNotNull();
    }
  }

  @Test
  void noSourceDependsOnAPackageItMayNotUse() throws IOException {
    Map<String, Set<String>> rules = new TreeMap<>();
    for (Path folder : packageFolders()) {
      rules.put(packageName(folder), allowed(folder));
    }
    List<String> violations = new ArrayList<>();
    for (Path folder : packageFolders()) {
      String own = packageName(folder);
      Set<String> mayUse = rules.get(own);
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String code = COMMENTS.matcher(Files.readString(file)).replaceAll("");
          Matcher reference = REFERENCE.matcher(code);
          while (reference.find()) {
            String used = owningPackage("podium" + reference.group(1), rules.keySet());
            if (used != null && !used.equals(own) && !mayUse.contains(used) && !mayUse.contains("*")) {
              violations.add(SOURCES.relativize(file) + " uses " + used + ", which " + own + " may not use");
            }
          }
        }
      }
    }
    assertThat(violations).as("dependencies against the pipeline's direction").isEmpty();
  }

  /** The packages named on the "May use:" line; "every package" allows all, "nothing" none. */
  private static Set<String> allowed(Path folder) throws IOException {
    Matcher line = MAY_USE.matcher(Files.readString(folder.resolve("package-info.java")));
    if (!line.find()) {
      return null;
    }
    String text = line.group(1).replace("*", " ").strip();
    if (text.startsWith("every package")) {
      return Set.of("*");
    }
    Set<String> names = new TreeSet<>();
    Matcher name = Pattern.compile("podium(?:\\.[a-z][a-z0-9]*)+").matcher(text);
    while (name.find()) {
      names.add(name.group());
    }
    return names;
  }

  /** The longest known package that a qualified name starts with (a class's package, not a nested name). */
  private static String owningPackage(String name, Set<String> packages) {
    String best = null;
    for (String candidate : packages) {
      if ((name.equals(candidate) || name.startsWith(candidate + "."))
          && (best == null || candidate.length() > best.length())) {
        best = candidate;
      }
    }
    return best;
  }

  private static List<Path> packageFolders() throws IOException {
    try (Stream<Path> paths = Files.walk(SOURCES.resolve("podium"))) {
      return paths.filter(Files::isDirectory).filter(ImportDirectionTest::holdsSources).sorted().toList();
    }
  }

  private static boolean holdsSources(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(file -> file.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String packageName(Path folder) {
    return SOURCES.relativize(folder).toString().replace('/', '.').replace('\\', '.');
  }
}
