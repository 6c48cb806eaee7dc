package podium.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.validation.InvalidInput.editionWith;
import static podium.validation.InvalidInput.problems;
import static podium.validation.InvalidInput.sessionsWith;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML that does not parse, or parses into something the programme format does not know. */
class YamlErrorsTest {
  @TempDir
  Path folder;

  @Test
  void anUnclosedListIsReportedWhereTheParserGaveUpWithWhereItStarted() {
    assertThat(problems(folder, sessionsWith("  speakers: [ada]", "  speakers: [ada"))).containsExactly(
        "data/demo/sessions.yaml:10:12: error: invalid YAML: expected ',' or ']', but got : "
            + "(while parsing a flow sequence started at line 9, column 13)");
  }

  @Test
  void aMisindentedKeyIsReportedOnItsLine() {
    assertThat(problems(folder, sessionsWith("  room: lab", "   room: lab"))).containsExactly(
        "data/demo/sessions.yaml:18:4: error: invalid YAML: expected <block end>, but found "
            + "'<block mapping start>' (while parsing a block mapping started at line 13, column 3)");
  }

  @Test
  void aRepeatedKeyIsReportedAtItsSecondOccurrence() {
    assertThat(problems(folder, sessionsWith("  room: lab", "  room: lab\n  room: hall"))).containsExactly(
        "data/demo/sessions.yaml:19:3: error: duplicate key 'room' (each key may appear once)");
  }

  @Test
  void anUnknownKeyGetsTheClosestKnownKeyAsHint() {
    assertThat(problems(folder, sessionsWith("  room: lab", "  rom: lab"))).containsExactly(
        "data/demo/sessions.yaml:18:3: error: unknown key 'rom' (did you mean 'room'?)");
  }

  @Test
  void everyUnknownKeyOfAFileIsReported() {
    assertThat(problems(folder, editionWith("timezone: Europe/Paris",
        "timezone: Europe/Paris\ntimezon: x\ncolour: red"))).containsExactly(
        "data/demo/edition.yaml:7:1: error: unknown key 'timezon' (did you mean 'timezone'?)",
        "data/demo/edition.yaml:8:1: error: unknown key 'colour'");
  }

  @Test
  void aMappingWhereTextIsExpectedIsAWrongType() {
    assertThat(problems(folder, sessionsWith("  languages: [fr]", "  languages: {a: b}"))).containsExactly(
        "data/demo/sessions.yaml:19:14: error: invalid value for 'languages': expected a text");
  }

  @Test
  void anEmptyEditionFileSaysWhatItNeeds() {
    assertThat(problems(folder, "-- data/demo/edition.yaml --\n")).containsExactly(
        "data/demo/edition.yaml:1:1: error: edition file is empty "
            + "(give at least name, start, end, timezone and languages)");
  }

  @Test
  void aMisnamedDataFileIsNotSilentlyIgnored() {
    assertThat(problems(folder, "-- data/demo/session.yaml --\n[]\n")).containsExactly(
        "data/demo/session.yaml:1:1: error: unexpected file in an edition folder (did you mean 'sessions.yaml'?)");
  }

  @Test
  void aBaseUrlMustBeAbsolute() {
    assertThat(problems(folder, "-- site.yaml --\nbase_url: example.org\n")).containsExactly(
        "site.yaml:1:11: error: invalid base_url 'example.org' "
            + "(give an absolute http(s) URL such as https://example.org/2024/)");
  }
}
