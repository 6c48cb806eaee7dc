package podium.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.validation.InvalidInput.assertFailed;
import static podium.validation.InvalidInput.assertNoStackTrace;
import static podium.validation.InvalidInput.sessionsWith;
import static podium.validation.InvalidInput.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/** What a run with problems prints, that it prints all of them in order, and that it writes nothing. */
class BuildOutcomeTest {
  /** Problems in four files, found in an order other than the one they are printed in. */
  private static final String MANY_PROBLEMS = sessionsWith("  room: lab", "  room: kitchen")
      .replace("track: policy", "track: polcy").replace("speakers: [ada]", "speakers: [adda, bob]")
      + Minimal.SPEAKERS + "- id: ada\n  name: Ada Again\n"
      + "-- content/demo/en/about.md --\n---\ntitle: About\nwieght: 3\n---\nText\n"
      + "-- content/demo/en/zz.md --\n---\nslug: Z Z\n---\n"
      + "-- content/dmeo/en/about.md --\n---\ntitle: About\n---\nText\n";

  private static final String[] MANY_PROBLEM_LINES = {
      "content/demo/en/about.md:3:1: error: unknown key 'wieght' (did you mean 'weight'?)",
      "content/demo/en/zz.md:2:1: error: missing required key 'title'",
      "content/dmeo/en/about.md:1:1: error: no edition 'dmeo' in data/ (did you mean 'demo'?)",
      "data/demo/sessions.yaml:7:10: error: unknown track 'polcy' (did you mean 'policy'?)",
      "data/demo/sessions.yaml:9:14: error: unknown speaker 'adda' (did you mean 'ada'?)",
      "data/demo/sessions.yaml:9:20: error: unknown speaker 'bob' (expected one of: ada)",
      "data/demo/sessions.yaml:18:9: error: unknown room 'kitchen' (expected one of: hall, lab)",
      "data/demo/speakers.yaml:5:7: error: duplicate speaker id 'ada' (first defined at line 1)"};

  @TempDir
  Path folder;

  @Test
  void problemsInSeveralFilesAreAllReportedSortedByFileThenLineThenColumn() {
    TestSite.Run run = InvalidInput.build(folder, MANY_PROBLEMS);

    assertFailed(run, MANY_PROBLEM_LINES);
    assertThat(run.err()).endsWith(MANY_PROBLEM_LINES.length + " problems; nothing was written\n");
  }

  @Test
  void oneProblemIsCountedInTheSingular() {
    TestSite.Run run = InvalidInput.build(folder, sessionsWith("  room: lab", "  rom: lab"));

    assertFailed(run, "data/demo/sessions.yaml:18:3: error: unknown key 'rom' (did you mean 'room'?)");
    assertThat(run.err()).isEqualTo(
        "data/demo/sessions.yaml:18:3: error: unknown key 'rom' (did you mean 'room'?)\n"
            + "1 problem; nothing was written\n");
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    TestSite.Run first = site.build();
    assertThat(first.exitCode()).as(first.err()).isZero();
    Map<String, byte[]> before = snapshot(site);

    site.add(sessionsWith("  room: lab", "  room: kitchen"));
    site.add("-- content/demo/en/new.md --\n---\ntitle: New\n---\nNew page\n");
    TestSite.Run run = site.build();

    assertFailed(run, "data/demo/sessions.yaml:18:9: error: unknown room 'kitchen' (expected one of: hall, lab)");
    Map<String, byte[]> after = snapshot(site);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    assertThat(site.output().getParent().toFile().list()).as("no temporary folder is left").containsExactly("site");
  }

  @Test
  void aFailedFirstBuildCreatesNoOutputFolder() {
    TestSite.Run run = InvalidInput.build(folder, sessionsWith("  room: lab", "  room: kitchen"));

    assertFailed(run, "data/demo/sessions.yaml:18:9: error: unknown room 'kitchen' (expected one of: hall, lab)");
    assertThat(folder.resolve("target/site")).doesNotExist();
  }

  @Test
  void aFailedFirstBuildCreatesNoFolderAtAll() {
    TestSite.Run run = InvalidInput.build(folder, sessionsWith("  room: lab", "  room: kitchen"));

    assertFailed(run, "data/demo/sessions.yaml:18:9: error: unknown room 'kitchen' (expected one of: hall, lab)");
    assertThat(folder.resolve("target")).doesNotExist();
  }

  @Test
  void checkPrintsTheSameProblemsAsBuildAndWritesNothing() {
    TestSite site = InvalidInput.site(folder, MANY_PROBLEMS);

    TestSite.Run check = site.run("check");

    assertFailed(check, MANY_PROBLEM_LINES);
    assertThat(folder.resolve("target")).doesNotExist();
    assertThat(check.err()).isEqualTo(site.build().err());
  }

  @Test
  void checkOfAValidProjectSaysSoAndWritesNothing() {
    TestSite site = TestSite.write(folder, Minimal.ALL);

    TestSite.Run run = site.run("check");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("ok: 1 edition(s), 2 sessions, no problems\n");
    assertThat(folder.resolve("target")).doesNotExist();
  }

  @Test
  void malformedInputNeverEndsInAStackTrace() throws Exception {
    String[] inputs = {
        "-- data/demo/sessions.yaml --\n-\n",
        "-- data/demo/sessions.yaml --\n- - a\n",
        "-- data/demo/sessions.yaml --\n~\n",
        "-- data/demo/sessions.yaml --\nid: just-one\n",
        "-- data/demo/speakers.yaml --\n- &a {id: ada, name: A}\n- *a\n",
        "-- data/demo/speakers.yaml --\n- !!java.io.File {id: ada, name: A}\n",
        "-- data/demo/edition.yaml --\n" + "{a: ".repeat(80) + "1" + "}".repeat(80) + "\n",
        "-- data/demo/edition.yaml --\n\"unclosed\n",
        "-- content/demo/en/about.md --\n---\n",
        "-- content/demo/en/about.md --\n---\n- a\n---\n",
        "-- content/demo/en/about.md --\n---\ntitle: \u0000\n---\n",
        "-- content/demo/en/about.md --\n=\n~~~~~~\n",
        "-- templates/page.ftlh --\n${\n",
        "-- templates/i18n/fr.yaml --\n[]\n"};
    for (int i = 0; i < inputs.length; i++) {
      Path project = Files.createDirectory(folder.resolve("p" + i));
      TestSite site = InvalidInput.site(project, inputs[i]);
      for (String command : new String[] {"build", "check"}) {
        TestSite.Run run = site.run(command, "--quiet");
        assertThat(run.exitCode()).as(command + " of " + inputs[i] + ":\n" + run.err()).isIn(0, 1);
        assertNoStackTrace(run);
      }
    }
  }
}
