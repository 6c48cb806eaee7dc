package podium.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.validation.InvalidInput.problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/** Encodings, templates, interface strings; and what a failed build leaves behind: nothing new. */
class ProjectErrorsTest {
  @TempDir
  Path folder;

  @Test
  void filesThatAreNotUtf8AreReportedAtTheirFirstBadCharacter() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.writeBytes("data/demo/sessions.yaml", "- id: opening\n  title: Café\n".getBytes(StandardCharsets.ISO_8859_1));
    site.writeBytes("content/demo/en/about.md",
        "---\ntitle: About\n---\nLine two\nnaïve\n".getBytes(StandardCharsets.ISO_8859_1));

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.problems()).containsExactly(
        "content/demo/en/about.md:5:3: error: file is not valid UTF-8 (save it as UTF-8)",
        "data/demo/sessions.yaml:2:13: error: file is not valid UTF-8 (save it as UTF-8)");
  }

  @Test
  void aTemplateUsingAMissingValueIsReportedInTheTemplate() {
    assertThat(problems(folder, "-- templates/page.ftlh --\n<#import \"layout.ftlh\" as layout>\n<@layout.base>\n"
        + "${nosuchvariable}\n</@layout.base>\n")).containsExactly(
        "templates/page.ftlh:3:3: error: template failed: 'nosuchvariable' is missing or null "
            + "(write ${nosuchvariable!} for an optional value)");
  }

  @Test
  void aTemplateSyntaxErrorIsReportedOnce() {
    assertThat(problems(folder, "-- templates/page.ftlh --\n<#if>\n")).containsExactly(
        "templates/page.ftlh:1:2: error: template syntax: #if is an existing directive, but the tag is malformed.  "
            + "(See FreeMarker Manual / Directive Reference.)");
  }

  @Test
  void anInterfaceStringMissingInOneLanguage() throws Exception {
    String french = Files.readString(Path.of("templates/i18n/fr.yaml")).replaceAll("(?m)^home: .*\\n", "");

    assertThat(problems(folder, "-- templates/i18n/fr.yaml --\n" + french)).containsExactly(
        "templates/i18n/fr.yaml:1:1: error: missing interface string 'home' (it is defined in "
            + "templates/i18n/de.yaml)");
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    assertThat(site.build().exitCode()).isZero();
    Map<String, byte[]> before = snapshot(site);

    site.add(InvalidInput.sessionsWith("  room: lab", "  room: kitchen"));
    site.add("-- content/demo/en/new.md --\n---\ntitle: New\n---\nNew page\n");
    TestSite.Run run = site.build();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).endsWith("1 problem; nothing was written\n");
    Map<String, byte[]> after = snapshot(site);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    try (var siblings = Files.list(site.output().getParent())) {
      assertThat(siblings.map(Path::getFileName).map(Path::toString)).containsExactly("site");
    }
  }

  @Test
  void checkReportsTheSameProblemsAndWritesNothing() {
    TestSite site = TestSite.write(folder, Minimal.ALL).add(InvalidInput.sessionsWith("  room: lab", "  rom: lab"));

    TestSite.Run run = site.run("check");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.problems()).containsExactly(
        "data/demo/sessions.yaml:18:3: error: unknown key 'rom' (did you mean 'room'?)");
    assertThat(site.output()).doesNotExist();
  }

  private static Map<String, byte[]> snapshot(TestSite site) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String path : site.outputFiles()) {
      files.put(path, Files.readAllBytes(site.output().resolve(path)));
    }
    return files;
  }
}
