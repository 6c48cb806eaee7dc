package podium.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static podium.validation.InvalidInput.editionWith;
import static podium.validation.InvalidInput.problems;
import static podium.validation.InvalidInput.sessionsWith;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;

/** Missing keys, references to ids that do not exist, ids defined twice, and ids unsafe as paths. */
class ReferenceErrorsTest {
  @TempDir
  Path folder;

  @Test
  void aSessionWithoutRoomIsReportedAtTheSession() {
    assertThat(problems(folder, sessionsWith("  room: lab\n", ""))).containsExactly(
        "data/demo/sessions.yaml:13:3: error: missing required key 'room'");
  }

  @Test
  void aSessionWithoutTitleIsReportedAtTheSession() {
    assertThat(problems(folder, sessionsWith("  title: {en: Workshop}\n", ""))).containsExactly(
        "data/demo/sessions.yaml:13:3: error: missing required key 'title'");
  }

  @Test
  void anEditionWithoutTimezone() {
    assertThat(problems(folder, editionWith("timezone: Europe/Paris\n", ""))).containsExactly(
        "data/demo/edition.yaml:1:1: error: missing required key 'timezone'");
  }

  @Test
  void unknownSpeakerRoomTrackAndTypeNameTheirClosestIds() {
    String sessions = Minimal.SESSIONS.replace("speakers: [ada]", "speakers: [adda]")
        .replace("track: policy", "track: polcy").replace("type: talk", "type: keynote")
        .replace("room: lab", "room: kitchen");

    assertThat(problems(folder, sessions)).containsExactly(
        "data/demo/sessions.yaml:7:10: error: unknown track 'polcy' (did you mean 'policy'?)",
        "data/demo/sessions.yaml:8:9: error: unknown session type 'keynote' (expected one of: talk)",
        "data/demo/sessions.yaml:9:14: error: unknown speaker 'adda' (did you mean 'ada'?)",
        "data/demo/sessions.yaml:18:9: error: unknown room 'kitchen' (expected one of: hall, lab)");
  }

  @Test
  void aDuplicateSessionIdNamesTheLineOfTheFirst() {
    assertThat(problems(folder, sessionsWith("- id: workshop", "- id: opening"))).containsExactly(
        "data/demo/sessions.yaml:13:7: error: duplicate session id 'opening' (first defined at line 1)");
  }

  @Test
  void aDuplicateSpeakerId() {
    assertThat(problems(folder, Minimal.SPEAKERS + "- id: ada\n  name: Ada Again\n")).containsExactly(
        "data/demo/speakers.yaml:5:7: error: duplicate speaker id 'ada' (first defined at line 1)");
  }

  @Test
  void aDuplicateRoomId() {
    assertThat(problems(folder, editionWith("  - id: lab", "  - id: hall"))).containsExactly(
        "data/demo/edition.yaml:14:9: error: duplicate room id 'hall' (first defined at line 12)",
        "data/demo/sessions.yaml:18:9: error: unknown room 'lab' (expected one of: hall)");
  }

  @Test
  void anIdThatWouldLeaveItsFolderIsRefused() {
    assertThat(problems(folder, sessionsWith("- id: workshop", "- id: ../x"))).containsExactly(
        "data/demo/sessions.yaml:13:7: error: unsafe id '../x' (ids may use lowercase letters, digits, '-' and '_', "
            + "and start with a letter or digit)");
  }

  @Test
  void anUnsafeSpeakerIdIsRefusedAndItsSessionsReferenceNothing() {
    assertThat(problems(folder, Minimal.SPEAKERS.replace("- id: ada", "- id: Ada Example"))).containsExactly(
        "data/demo/sessions.yaml:9:14: error: unknown speaker 'ada'",
        "data/demo/speakers.yaml:1:7: error: unsafe id 'Ada Example' (ids may use lowercase letters, digits, "
            + "'-' and '_', and start with a letter or digit)");
  }

  @Test
  void aDefaultLanguageOutsideTheLanguages() {
    assertThat(problems(folder, editionWith("default_language: en", "default_language: de"))).containsExactly(
        "data/demo/edition.yaml:10:19: error: default language 'de' is not one of the edition's languages "
            + "(add it to languages, or pick one of en, fr)");
  }

  @Test
  void aLanguageWithoutInterfaceStrings() {
    assertThat(problems(folder, editionWith("languages: [en, fr]", "languages: [en, fr, it]"))).containsExactly(
        "data/demo/edition.yaml:9:21: error: no interface strings for language 'it' (add templates/i18n/it.yaml)");
  }
}
