package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line: 0 ok, 1 invalid input, 2 usage error. */
class CommandLineTest {
  @TempDir
  Path folder;

  @Test
  void helpListsTheCommandsAndExitsZero() {
    TestSite.Run run = TestSite.write(folder, "").run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("build", "check", "serve", "publish", "new-edition", "new-page");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    TestSite.Run run = TestSite.write(folder, Minimal.ALL).run("build", "--colour");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Unknown option: '--colour'");
  }

  @Test
  void anUnknownEditionIsAUsageErrorNamingTheEditions() {
    TestSite.Run run = TestSite.write(folder, Minimal.ALL).run("build", "--edition", "nope");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("podium: no edition 'nope'; the editions are demo");
  }

  @Test
  void aProjectFolderThatDoesNotExistIsAUsageErrorForBuildAndCheck() {
    Path missing = folder.resolve("congres");
    for (String command : new String[] {"build", "check"}) {
      java.io.StringWriter err = new java.io.StringWriter();
      int code = podium.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter()),
          new java.io.PrintWriter(err), new String[] {command, "--project", missing.toString()});

      assertThat(code).as(command).isEqualTo(2);
      assertThat(err.toString().strip()).as(command).isEqualTo("podium: no project folder at " + missing
          + " (run podium inside the project, or give its folder with --project)");
    }
    assertThat(missing).doesNotExist();
  }

  @Test
  void checkValidatesWithoutWriting() {
    TestSite site = TestSite.write(folder, Minimal.ALL);

    TestSite.Run run = site.run("check");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("ok: 1 edition(s), 2 sessions, no problems");
    assertThat(site.output()).doesNotExist();
  }

  @Test
  void buildPrintsOneLinePerEditionAndASummary() {
    TestSite.Run run = TestSite.write(folder, Minimal.ALL).run("build");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("demo\\s+\\d+ pages   translations: en 3 ok · fr 2 ok, 1 missing")
        .containsPattern("built 1 edition\\(s\\), \\d+ files in \\d+\\.\\d\\d s into ");
  }

  @Test
  void oneEditionCanBeRebuiltAloneLeavingTheOthersInPlace() {
    TestSite site = TestSite.write(folder, Minimal.ALL + Minimal.EDITION.replace("data/demo/", "data/other/"));
    site.build();

    TestSite.Run run = site.run("build", "--quiet", "--edition", "demo");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(site.outputFiles()).noneMatch(path -> path.startsWith("demo/") && path.endsWith("txt"));
    assertThat(site.exists("other/en/index.html")).isTrue();
    assertThat(site.exists("demo/en/index.html")).isTrue();
    assertThat(site.exists("index.html")).isTrue();
  }
}
