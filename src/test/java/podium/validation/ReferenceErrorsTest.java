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
 * Missing keys, references to ids that do not exist, ids defined twice, and ids unsafe as paths. Line numbers
 * refer to {@link Minimal}: session 'workshop' spans lines 13 to 19 of sessions.yaml.
 */
class ReferenceErrorsTest {
  private static final String ANOTHER_SESSION = """
      - title: Closing
        date: 2030-03-05
        start: "12:00"
        end: "13:00"
        room: lab
        languages: [en]
      """;

  @TempDir
  Path folder;

  @Test
  void aSessionWithoutRoomIsReportedAtTheSession() {
    assertProblems(folder, sessionsWith("  room: lab\n", ""),
        "data/demo/sessions.yaml:13:3: error: missing required key 'room'");
  }

  @Test
  void aSessionWithAnEmptyRoomIsReportedWhereTheRoomShouldBe() {
    assertProblems(folder, sessionsWith("  room: lab", "  room:"),
        "data/demo/sessions.yaml:18:8: error: missing required key 'room'");
  }

  @Test
  void aSessionWithoutTitleIsReportedAtTheSession() {
    assertProblems(folder, sessionsWith("  title: {en: Workshop}\n", ""),
        "data/demo/sessions.yaml:13:3: error: missing required key 'title'");
  }

  @Test
  void aSessionWithAnEmptyTitleIsReportedWhereTheTitleShouldBe() {
    assertProblems(folder, sessionsWith("  title: {en: Workshop}", "  title:"),
        "data/demo/sessions.yaml:14:9: error: missing required key 'title'");
  }

  @Test
  void aSessionWithoutId() {
    assertProblems(folder, Minimal.SESSIONS + ANOTHER_SESSION,
        "data/demo/sessions.yaml:20:3: error: missing required key 'id'");
  }

  @Test
  void anUnknownSpeakerNamesTheClosestSpeaker() {
    assertProblems(folder, sessionsWith("speakers: [ada]", "speakers: [adda]"),
        "data/demo/sessions.yaml:9:14: error: unknown speaker 'adda' (did you mean 'ada'?)");
  }

  @Test
  void anUnknownSpeakerGivenAsOneTextIsReportedAtThatText() {
    assertProblems(folder, sessionsWith("speakers: [ada]", "speakers: adda"),
        "data/demo/sessions.yaml:9:13: error: unknown speaker 'adda' (did you mean 'ada'?)");
  }

  @Test
  void anUnknownRoomNamesTheClosestRoom() {
    assertProblems(folder, sessionsWith("  room: lab", "  room: hal"),
        "data/demo/sessions.yaml:18:9: error: unknown room 'hal' (did you mean 'hall'?)");
  }

  @Test
  void anUnknownRoomFarFromEveryRoomListsThemAll() {
    assertProblems(folder, sessionsWith("  room: lab", "  room: kitchen"),
        "data/demo/sessions.yaml:18:9: error: unknown room 'kitchen' (expected one of: hall, lab)");
  }

  @Test
  void anUnknownTrackNamesTheClosestTrack() {
    assertProblems(folder, sessionsWith("track: policy", "track: polcy"),
        "data/demo/sessions.yaml:7:10: error: unknown track 'polcy' (did you mean 'policy'?)");
  }

  @Test
  void anUnknownSessionTypeNamesTheClosestType() {
    assertProblems(folder, sessionsWith("type: talk", "type: tlak"),
        "data/demo/sessions.yaml:8:9: error: unknown session type 'tlak' (did you mean 'talk'?)");
  }

  @Test
  void aDuplicateSessionIdNamesTheLineOfTheFirst() {
    assertProblems(folder, sessionsWith("- id: workshop", "- id: opening"),
        "data/demo/sessions.yaml:13:7: error: duplicate session id 'opening' (first defined at line 1)");
  }

  @Test
  void aDuplicateSpeakerIdNamesTheLineOfTheFirst() {
    assertProblems(folder, Minimal.SPEAKERS + "- id: ada\n  name: Ada Again\n",
        "data/demo/speakers.yaml:5:7: error: duplicate speaker id 'ada' (first defined at line 1)");
  }

  @Test
  void aDuplicateRoomIdNamesTheLineOfTheFirstAndTheRenamedRoomIsGone() {
    assertProblems(folder, editionWith("  - id: lab", "  - id: hall"),
        "data/demo/edition.yaml:14:9: error: duplicate room id 'hall' (first defined at line 12)",
        "data/demo/sessions.yaml:18:9: error: unknown room 'lab' (expected one of: hall)");
  }

  @Test
  void aSessionIdThatWouldLeaveItsFolderIsRefused() {
    assertProblems(folder, sessionsWith("- id: workshop", "- id: ../x"),
        "data/demo/sessions.yaml:13:7: error: unsafe id '../x' (ids may use lowercase letters, digits, '-' and "
            + "'_', and start with a letter or digit)");
  }

  @Test
  void anUnsafeSpeakerIdIsRefusedAndNoSpeakerHasTheIdSessionsUse() {
    assertProblems(folder, speakersWith("- id: ada", "- id: ../ada"),
        "data/demo/sessions.yaml:9:14: error: unknown speaker 'ada'",
        "data/demo/speakers.yaml:1:7: error: unsafe id '../ada' (ids may use lowercase letters, digits, "
            + "'-' and '_', and start with a letter or digit)");
  }

  @Test
  void anUnsafeRoomIdIsRefused() {
    assertProblems(folder, editionWith("  - id: lab", "  - id: Lab 2") + sessionsWith("room: lab", "room: hall"),
        "data/demo/edition.yaml:14:9: error: unsafe id 'Lab 2' (ids may use lowercase letters, digits, "
            + "'-' and '_', and start with a letter or digit)");
  }

  @Test
  void aSpeakerWithoutIdIsReportedAtTheSpeaker() {
    assertProblems(folder, Minimal.SPEAKERS + "- name: Bob Example\n",
        "data/demo/speakers.yaml:5:3: error: missing required key 'id'");
  }

  @Test
  void aSpeakerWithoutNameIsReportedOnlyAtTheSpeaker() {
    assertProblems(folder, speakersWith("  name: Ada Example\n", ""),
        "data/demo/speakers.yaml:1:3: error: missing required key 'name'");
  }
}
