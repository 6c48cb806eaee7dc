package podium.validation;

import static podium.validation.InvalidInput.assertProblems;
import static podium.validation.InvalidInput.editionWith;
import static podium.validation.InvalidInput.sessionsWith;
import static podium.validation.InvalidInput.speakersWith;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;

/**
 * YAML that does not parse, or parses into something the programme format does not know. Line numbers refer
 * to {@link Minimal}: in sessions.yaml the second session ('workshop') spans lines 13 to 19.
 */
class YamlErrorsTest {
  @TempDir
  Path folder;

  @Test
  void anUnclosedListIsReportedWhereTheParserGaveUpWithWhereItStarted() {
    assertProblems(folder, sessionsWith("  speakers: [ada]", "  speakers: [ada"),
        "data/demo/sessions.yaml:10:12: error: invalid YAML: expected ',' or ']', but got : "
            + "(while parsing a flow sequence started at line 9, column 13)");
  }

  @Test
  void aMisindentedKeyIsReportedOnItsLine() {
    assertProblems(folder, sessionsWith("  room: lab", "   room: lab"),
        "data/demo/sessions.yaml:18:4: error: invalid YAML: expected <block end>, but found "
            + "'<block mapping start>' (while parsing a block mapping started at line 13, column 3)");
  }

  @Test
  void aTabUsedForIndentationIsReportedOnItsLine() {
    assertProblems(folder, sessionsWith("  room: lab", "\troom: lab"),
        "data/demo/sessions.yaml:18:1: error: invalid YAML: found character '\\t(TAB)' that cannot start any "
            + "token. (Do not use \\t(TAB) for indentation)");
  }

  @Test
  void aRepeatedKeyIsReportedAtItsSecondOccurrence() {
    assertProblems(folder, sessionsWith("  room: lab", "  room: lab\n  room: hall"),
        "data/demo/sessions.yaml:19:3: error: duplicate key 'room' (each key may appear once)");
  }

  @Test
  void aRepeatedKeyInsideAFlowMappingIsReportedAtItsColumn() {
    assertProblems(folder, sessionsWith("title: {en: Workshop}", "title: {en: Workshop, en: Atelier}"),
        "data/demo/sessions.yaml:14:25: error: duplicate key 'en' (each key may appear once)");
  }

  @Test
  void aRepeatedQuotedKeyIsReportedAtItsFirstCharacter() {
    assertProblems(folder, sessionsWith("  room: lab", "  room: lab\n  \"room\": hall"),
        "data/demo/sessions.yaml:19:3: error: duplicate key 'room' (each key may appear once)");
  }

  @Test
  void aControlCharacterIsReportedWhereItIs() {
    assertProblems(folder, sessionsWith("title: {en: Workshop}", "title: {en: Work\u0007shop}"),
        "data/demo/sessions.yaml:14:19: error: control character U+0007 is not allowed in text");
  }

  @Test
  void aSecondYamlDocumentInAFileIsNotSilentlyIgnored() {
    assertProblems(folder, Minimal.SESSIONS + """
        ---
        - id: extra
          title: Extra
          date: 2030-03-04
          start: "12:00"
          end: "13:00"
          room: lab
          languages: [en]
        """,
        "data/demo/sessions.yaml:20:1: error: invalid YAML: a file may hold only one document "
            + "(remove the --- line)");
  }

  @Test
  void anUnknownSessionKeyGetsTheClosestKnownKeyAsHint() {
    assertProblems(folder, sessionsWith("  room: lab", "  rom: lab"),
        "data/demo/sessions.yaml:18:3: error: unknown key 'rom' (did you mean 'room'?)");
  }

  @Test
  void anUnknownEditionKeyGetsTheClosestKnownKeyAsHint() {
    assertProblems(folder, editionWith("timezone: Europe/Paris", "timezone: Europe/Paris\ntimezon: UTC"),
        "data/demo/edition.yaml:7:1: error: unknown key 'timezon' (did you mean 'timezone'?)");
  }

  @Test
  void anUnknownKeyInsideAMappingIsReportedAtThatKey() {
    assertProblems(folder, editionWith("  name: Palais des congrès", "  name: Palais des congrès\n  adress: 1 rue X"),
        "data/demo/edition.yaml:9:3: error: unknown key 'adress' (did you mean 'address'?)");
  }

  @Test
  void anUnknownKeyInsideAListEntryIsReportedAtThatKey() {
    assertProblems(folder, editionWith("    name: Lab", "    name: Lab\n    flor: 2"),
        "data/demo/edition.yaml:16:5: error: unknown key 'flor' (did you mean 'floor'?)");
  }

  @Test
  void everyUnknownKeyOfAFileIsReported() {
    assertProblems(folder, editionWith("timezone: Europe/Paris", "timezone: Europe/Paris\ntimezon: x\ncolour: red"),
        "data/demo/edition.yaml:7:1: error: unknown key 'timezon' (did you mean 'timezone'?)",
        "data/demo/edition.yaml:8:1: error: unknown key 'colour'");
  }

  @Test
  void everyUnknownKeyOfASessionIsReported() {
    assertProblems(folder, sessionsWith("  room: lab", "  rom: lab\n  tarck: policy"),
        "data/demo/sessions.yaml:18:3: error: unknown key 'rom' (did you mean 'room'?)",
        "data/demo/sessions.yaml:19:3: error: unknown key 'tarck' (did you mean 'track'?)");
  }

  @Test
  void anUnknownSpeakerKeyIsReportedOnlyInTheSpeakersFile() {
    assertProblems(folder, speakersWith("  name: Ada Example", "  name: Ada Example\n  affilation: X"),
        "data/demo/speakers.yaml:3:3: error: unknown key 'affilation' (did you mean 'affiliation'?)");
  }

  @Test
  void aListWhereTextIsExpected() {
    assertProblems(folder, sessionsWith("title: {en: Workshop}", "title: [Work, shop]"),
        "data/demo/sessions.yaml:14:10: error: invalid value for 'title': expected a text, or a text per language");
  }

  @Test
  void aMappingWhereTextIsExpected() {
    assertProblems(folder, sessionsWith("  room: lab", "  room: {id: lab}"),
        "data/demo/sessions.yaml:18:9: error: invalid value for 'room': expected a text");
  }

  @Test
  void aMappingWhereAListIsExpected() {
    assertProblems(folder, editionWith("languages: [en, fr]", "languages: {a: b}"),
        "data/demo/edition.yaml:9:12: error: invalid value for 'languages': expected a list");
  }

  @Test
  void aTextWhereAListOfMappingsIsExpected() {
    assertProblems(folder, editionWith("rooms:\n  - id: hall\n    name: {en: Main hall, fr: Grande salle}\n"
        + "  - id: lab\n    name: Lab\n", "rooms: hall\n"),
        "data/demo/edition.yaml:11:8: error: invalid value for 'rooms': expected a list");
  }

  @Test
  void aListEntryThatIsNotAMapping() {
    assertProblems(folder, editionWith("  - id: lab\n    name: Lab\n", "  - lab\n"),
        "data/demo/edition.yaml:14:5: error: invalid value for 'rooms': expected a mapping of keys to values");
  }

  @Test
  void everyWrongValueOfAFileIsReportedEachAtItsOwnValue() {
    assertProblems(folder, """
        -- data/demo/sessions.yaml --
        - id: one
          title: One
          date: 2030-03-04
          start: [1]
          end: "09:30"
          room: hall
          languages: [en]
        - id: two
          title: {en: Two}
          date: {y: 2030}
          start: "10:00"
          end: "10:30"
          room: hall
          languages: [en]
        - id: three
          title: Three
          date: 2030-03-04
          start: "11:00"
          end: "11:30"
          room: [hall]
          languages: {en: yes}
        - id: four
          title: Four
          date: 2030-03-04
          start: "12:00"
          end: "12:30"
          room: hall
          languages: [en]
          draft: maybe
        - id: five
          title: Five
          date: 2030-03-04
          start: "13:00"
          end: "13:30"
          room: hall
          languages: [en]
          links: [{title: Slides, url: [a, b]}]
        """,
        "data/demo/sessions.yaml:4:10: error: invalid value for 'start': expected a text",
        "data/demo/sessions.yaml:10:9: error: invalid value for 'date': expected a text",
        "data/demo/sessions.yaml:20:9: error: invalid value for 'room': expected a text",
        "data/demo/sessions.yaml:21:14: error: invalid value for 'languages': expected a list",
        "data/demo/sessions.yaml:29:10: error: invalid value 'maybe' for 'draft': expected true or false",
        "data/demo/sessions.yaml:37:32: error: invalid value for 'url': expected a text");
  }

  @Test
  void unknownKeysAfterAWrongValueAreReportedToo() {
    assertProblems(folder, sessionsWith("  room: lab", "  rom: lab\n  type: [1]\n  tarck: policy"),
        "data/demo/sessions.yaml:18:3: error: unknown key 'rom' (did you mean 'room'?)",
        "data/demo/sessions.yaml:19:9: error: invalid value for 'type': expected a text",
        "data/demo/sessions.yaml:20:3: error: unknown key 'tarck' (did you mean 'track'?)");
  }

  @Test
  void everyWrongValueOfTheEditionIsReported() {
    assertProblems(folder, editionWith("languages: [en, fr]", "languages: [en, fr]\nonline: perhaps")
            .replace("    name: Lab", "    name: [Lab]"),
        "data/demo/edition.yaml:10:9: error: invalid value 'perhaps' for 'online': expected true or false",
        "data/demo/edition.yaml:16:11: error: invalid value for 'name': expected a text, or a text per language");
  }

  @Test
  void aNumberTooLargeIsReportedWithTheOtherWrongValues() {
    assertProblems(folder, "-- content/demo/en/venue.md --\n---\ntitle: [Venue]\nweight: 99999999999\n---\nText\n",
        "content/demo/en/venue.md:2:8: error: invalid value for 'title': expected a text",
        "content/demo/en/venue.md:3:9: error: invalid value '99999999999' for 'weight': expected a whole number "
            + "from -2147483648 to 2147483647");
  }
}
