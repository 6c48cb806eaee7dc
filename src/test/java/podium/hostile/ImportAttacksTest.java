package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/**
 * A file to import is untrusted: no DTD is read (no external entities, no entity expansion), sizes and nesting
 * are limited, ids cannot climb out of their folder, no link leads out of the project, flags are checked; and
 * whatever is refused leaves the project as it was.
 */
class ImportAttacksTest {
  @TempDir
  Path folder;

  private TestSite.Run importing(TestSite site, String name, byte[] bytes, String... more) throws IOException {
    Path file = site.root().resolve(name);
    Files.write(file, bytes);
    List<String> args = new ArrayList<>(List.of("import", "frab", file.toString(), "--edition", "demo",
        "--language", "en", "--online"));
    args.addAll(List.of(more));
    return site.run(args.toArray(String[]::new));
  }

  private TestSite.Run importing(TestSite site, String name, String text) throws IOException {
    return importing(site, name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void externalEntitiesAreNeverRead() throws IOException {
    TestSite site = TestSite.write(folder, "");
    Files.writeString(folder.resolve("secret.txt"), "TOP SECRET");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [<!ENTITY xxe SYSTEM \"" + folder.resolve("secret.txt")
        .toUri() + "\">]>\n<schedule><conference><title>&xxe;</title></conference></schedule>\n";

    TestSite.Run run = importing(site, "schedule.xml", xxe);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("schedule.xml:2:").contains(": error: a <!DOCTYPE> declaration is not read "
        + "(a schedule needs none: remove it)\n1 problem; nothing was written\n").doesNotContain("SECRET");
    assertThat(folder.resolve("data")).doesNotExist();
  }

  @Test
  void entityExpansionIsNeverDone() throws IOException {
    TestSite site = TestSite.write(folder, "");
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    laughs.append("]>\n<schedule>&lol9;</schedule>\n");

    TestSite.Run run = importing(site, "schedule.xml", laughs.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error: a <!DOCTYPE> declaration is not read");
  }

  @Test
  void anUndeclaredEntityIsAnErrorNotAnExpansion() throws IOException {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = importing(site, "schedule.xml", "<schedule>&passwd;</schedule>\n");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("schedule.xml:1:19: error: entity '&passwd;' is not defined (write the character "
        + "itself)\n1 problem; nothing was written\n");
  }

  @Test
  void hugeAndDeepFilesAreRefused() throws IOException {
    TestSite site = TestSite.write(folder, "");
    Path huge = folder.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(33L * 1024 * 1024); // sparse: no 33 MB written to the disk
    }
    String deep = "<a>".repeat(40) + "</a>".repeat(40);

    TestSite.Run big = site.run("import", "frab", huge.toString(), "--edition", "demo", "--language", "en", "--online");
    TestSite.Run nested = importing(site, "deep.xml", deep);
    TestSite.Run nestedJson = importing(site, "deep.json", "[".repeat(40) + "]".repeat(40));

    assertThat(big.err()).isEqualTo("huge.json:1:1: error: the file is larger than 32 MB (a schedule is a few "
        + "megabytes: is it the right file?)\n1 problem; nothing was written\n");
    assertThat(nested.err()).isEqualTo("deep.xml:1:100: error: elements are nested more than 32 deep (a schedule "
        + "nests about six)\n1 problem; nothing was written\n");
    assertThat(nestedJson.err()).isEqualTo("deep.json:1:1: error: arrays and objects are nested more than 32 deep "
        + "(a schedule nests about eight)\n1 problem; nothing was written\n");
    assertThat(List.of(big.exitCode(), nested.exitCode(), nestedJson.exitCode())).containsOnly(1);
  }

  @Test
  void notUtf8IsRefused() throws IOException {
    TestSite site = TestSite.write(folder, "");

    TestSite.Run run = importing(site, "schedule.xml", "<schedule>caf\u00e9</schedule>".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(run.err()).isEqualTo("schedule.xml:1:1: error: the file is not UTF-8 text (save it as UTF-8 and "
        + "import it again)\n1 problem; nothing was written\n");
  }

  @Test
  void idsFromTheSourceCannotClimbOutOfTheirFolder() throws IOException {
    TestSite site = TestSite.write(folder, "");
    String schedule = podium.imports.Fixtures.oneEvent("<slug>demo-../../../outside</slug><description>x</description>");

    TestSite.Run run = importing(site, "schedule.xml", schedule);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("created content/demo/en/sessions/outside.md");
    try (Stream<Path> files = Files.walk(folder)) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("outside"))).containsExactly(
          folder.resolve("content/demo/en/sessions/outside.md"));
    }
  }

  @Test
  void aLinkOutOfTheProjectIsNotWrittenThrough() throws IOException {
    TestSite site = TestSite.write(folder.resolve("project"), "");
    Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
    Files.createSymbolicLink(site.root().resolve("data"), elsewhere);

    TestSite.Run run = importing(site, "schedule.xml", podium.imports.Fixtures.oneEvent("").getBytes(StandardCharsets.UTF_8));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("podium: 'data' is a link out of the project; nothing was written (the import "
        + "writes only inside the project)\n");
    try (Stream<Path> files = Files.list(elsewhere)) {
      assertThat(files).isEmpty();
    }
    assertThat(site.root().resolve("content")).doesNotExist();
  }

  @Test
  void wrongFlagsAreRefused() throws IOException {
    TestSite site = TestSite.write(folder, "");
    Files.writeString(folder.resolve("schedule.txt"), "x");

    java.io.StringWriter err = new java.io.StringWriter();
    int bare = podium.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err),
        "import");
    assertThat(bare).isEqualTo(2);
    assertThat(err.toString()).startsWith("missing source: frab, sessionize or table");
    assertThat(site.run("import", "frab", "schedule.xml").err()).startsWith("Missing required option: '--edition=ID'");
    TestSite.Run traversal = site.run("import", "frab", "schedule.xml", "--edition", "../x", "--online");
    assertThat(traversal.err()).isEqualTo("podium: unsafe edition id '../x' (ids may use lowercase letters, digits, "
        + "'-' and '_', and start with a letter or digit)\n");
    assertThat(site.run("import", "frab", folder.resolve("schedule.txt").toString(), "--edition", "x", "--language",
        "en", "--online").err()).isEqualTo("podium: 'schedule.txt' is neither .xml nor .json: import frab reads "
        + "schedule.xml or schedule.json\n");
    assertThat(site.run("import", "frab", "missing.xml", "--edition", "x", "--language", "en", "--online").err())
        .isEqualTo("podium: no file 'missing.xml' to import\n");
    assertThat(site.run("import", "frab", "missing.xml", "--edition", "x", "--language", "EN").err())
        .isEqualTo("podium: invalid language code 'EN' for --language\n");
    assertThat(site.run("import", "frab", "missing.xml", "--edition", "x", "--language", "en").err())
        .isEqualTo("podium: edition 'x' is new: give its venue with --venue NAME, or --online (a schedule does not "
            + "say where the event takes place)\n");
    assertThat(traversal.exitCode()).isEqualTo(2);
    assertThat(folder.resolve("data")).doesNotExist();
  }
}
