package podium.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.assemble.FileCopy;
import podium.diagnostic.Progress;
import podium.diagnostic.Tasks;
import podium.load.ChangedInputs;
import podium.pipeline.Build;
import podium.pipeline.BuildOptions;
import podium.pipeline.IncrementalBuild;
import podium.pipeline.Rendered;

/**
 * The preview's incremental rebuilds give exactly the files a cold build gives: on a copy of the sample
 * editions, after each kind of edit an editor makes (a description, one session or speaker in the programme
 * YAML, a page template, the layout, an interface string, a stylesheet, the edition's data, the site's settings,
 * a page added and one deleted), the files the preview serves once it is up to date are compared, byte for
 * byte, with those of a build from nothing with the same options. The edits accumulate, as in a real session,
 * so memos carried across several rebuilds are checked too; so are the pages the preview shows before it is up
 * to date (the open tabs' pages, rendered first or through a quick path).
 */
class IncrementalRebuildTest {
  @TempDir
  Path folder;
  private Path project;
  private Tasks tasks;
  private IncrementalBuild preview;
  /** Whether the last edit took the Markdown quick path, or the templates' one. */
  private boolean quickMarkdown;
  private boolean quickTemplates;

  /** The pages open in the browser while editing, which the preview shows first. */
  private static final Set<String> OPEN = Set.of("ecc-2024/en/sessions/opening/index.html", "ecc-2020/fr/index.html");

  @BeforeEach
  void copySampleProject() throws IOException {
    project = folder.resolve("project");
    for (String input : List.of("site.yaml", "data", "content", "templates", "assets")) {
      copy(Path.of(input), project.resolve(input));
    }
    tasks = new Tasks();
    preview = new IncrementalBuild(options(folder.resolve("unused")), tasks);
  }

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void everyKindOfEditGivesTheFilesOfAColdBuild() throws Exception {
    upToDate(List.of(), new TreeMap<>());
    edit("content/ecc-2024/en/sessions/opening.md", text -> text + "\nA sentence added while previewing.\n");
    assertThat(quickMarkdown).as("a description edit takes the quick path").isTrue();
    edit("data/ecc-2024/sessions.yaml", text -> text.replaceFirst("Registration and welcome coffee",
        "Registration, badges and welcome coffee"));
    edit("data/ecc-2020/speakers.yaml", text -> text.replaceFirst("name: Peter Altmaier", "name: Peter A. Altmaier"));
    edit("templates/session.ftlh", text -> text + "\n<p class=\"edited\">An edited session template.</p>\n");
    assertThat(quickTemplates).as("a template edit takes the templates' quick path").isTrue();
    edit("templates/layout.ftlh", text -> text.replaceFirst("</body>", "<!-- edited layout --></body>"));
    assertThat(quickTemplates).as("an edit of the layout takes the templates' quick path").isTrue();
    edit("templates/i18n/fr.yaml", text -> text.replaceFirst("(?m)^date_long: \"", "date_long: \"'le' "));
    edit("content/ecc-2024/en/sessions/opening.md", text -> text + "\nAnother sentence, after the templates changed.\n");
    assertThat(quickMarkdown).as("a description edit after template edits takes the quick path").isTrue();
    edit("assets/css/site.css", text -> text + "\n.edited { color: inherit; }\n");
    edit("data/ecc-2024/edition.yaml", text -> text.replaceFirst("(?m)^tagline:", "# an edited comment\ntagline:"));
    edit("site.yaml", text -> text + "\n# an edited comment\n");
    edit("content/ecc-2024/en/getting-there.md", text -> """
        ---
        title: Getting there
        description: How to reach the congress centre.
        ---
        Take the tram to the congress centre.
        """);
    Files.delete(project.resolve("content/ecc-2024/en/venue.md"));
    assertSameAsColdBuild(List.of(project.resolve("content/ecc-2024/en/venue.md")));
    // a folder appears with a page in it, then goes, each reported as the folder alone: the load must walk
    Path practical = project.resolve("content/ecc-2024/en/practical");
    Files.createDirectories(practical);
    Files.writeString(practical.resolve("wifi.md"), "---\ntitle: Wi-Fi\n---\nThe network is open.\n");
    assertSameAsColdBuild(List.of(practical));
    Files.delete(practical.resolve("wifi.md"));
    Files.delete(practical);
    assertSameAsColdBuild(List.of(practical));
  }

  /**
   * A page saved as editors save (a new file renamed over the old one) and reported so by the watcher, with the
   * temporary file among the changes: the listing follows, with nothing walked.
   */
  @Test
  void savesThroughATemporaryFileAreFollowed() throws Exception {
    upToDate(List.of(), new TreeMap<>());
    Path page = project.resolve("content/ecc-2024/en/venue.md");
    Path temporary = project.resolve("content/ecc-2024/en/venue.md.podium-save");
    Files.writeString(temporary, Files.readString(page).replace("title: Venue", "title: The venue"));
    Files.move(temporary, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertSameAsColdBuild(List.of(temporary, page));
  }

  private void edit(String path, UnaryOperator<String> change) throws Exception {
    Path file = project.resolve(path);
    String before = Files.exists(file) ? Files.readString(file) : "";
    String after = change.apply(before);
    assertThat(after).as("the edit of " + path + " changes it").isNotEqualTo(before);
    Files.writeString(file, after);
    assertSameAsColdBuild(List.of(file));
  }

  private void assertSameAsColdBuild(List<Path> changed) throws Exception {
    Map<String, byte[]> early = new TreeMap<>();
    Map<String, byte[]> served = upToDate(changed, early);
    Map<String, byte[]> built = coldBuild();
    if (!quickMarkdown) {
      assertThat(early.keySet()).as("pages shown first after editing " + changed).isEqualTo(OPEN);
    }
    early.forEach((path, bytes) -> assertThat(new String(bytes, UTF_8))
        .as(path + " shown first after editing " + changed).isEqualTo(new String(built.get(path), UTF_8)));
    assertThat(served.keySet()).as("files after editing " + changed).containsExactlyElementsOf(built.keySet());
    built.forEach((path, bytes) -> assertThat(new String(served.get(path), UTF_8))
        .as(path + " after editing " + changed).isEqualTo(new String(bytes, UTF_8)));
  }

  /**
   * What the preview serves once it is up to date after {@code changed}, with the pages of {@link #OPEN} it
   * shows before that in {@code early}: the quick paths first, as it runs them.
   */
  private Map<String, byte[]> upToDate(List<Path> changed, Map<String, byte[]> early) throws Exception {
    IncrementalBuild.QuickRender quick = changed.isEmpty() ? null : preview.renderEditedBodies(changed);
    quickMarkdown = quick != null;
    quickTemplates = false;
    if (quick == null && !changed.isEmpty()) {
      // pages shown through the template quick path are exact; those of the Markdown quick path are not (a
      // mark that the description changed since the last release comes with the full rebuild)
      quick = preview.renderEditedTemplates(changed, OPEN);
      quickTemplates = quick != null;
      if (quick != null) {
        quick.files().forEach(file -> early.put(file.path(), file.bytes()));
      }
    }
    Map<String, byte[]> files = new ConcurrentHashMap<>();
    // as the preview's watcher reports them: everything since the last run
    Rendered site = preview.render(file -> files.put(file.path(), file.bytes()), quick == null ? OPEN : Set.of(),
        early::putAll, changed.isEmpty() ? null : new ChangedInputs(changed, true));
    preview.renderExports(site, file -> files.put(file.path(), file.bytes()));
    for (FileCopy copy : site.model().copies()) {
      files.put(copy.target(), copy.content().bytes());
    }
    return new TreeMap<>(files);
  }

  private Map<String, byte[]> coldBuild() throws Exception {
    Path output = folder.resolve("cold");
    Build.build(options(output), tasks, new Progress());
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(output)) {
      walk.filter(Files::isRegularFile).forEach(file -> files.put(
          output.relativize(file).toString().replace('\\', '/'), read(file)));
    }
    files.keySet().removeIf(path -> path.equals(".podium-output"));  // the write stage's marker
    return files;
  }

  /** The preview's options: drafts shown, no precompressed copies, links as a web server serves them. */
  private BuildOptions options(Path output) {
    return new BuildOptions(project, output, null, true, false, false, false);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target);
        }
      }
    }
  }
}
