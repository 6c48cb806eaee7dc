package podium.validation;

import static podium.validation.InvalidInput.assertProblems;
import static podium.validation.InvalidInput.editionWith;
import static podium.validation.InvalidInput.sessionsWith;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;

/** {@code edition.yaml}: dates, timezone, languages, venue and days. Line numbers refer to {@link Minimal#EDITION}. */
class EditionErrorsTest {
  @TempDir
  Path folder;

  @Test
  void anEditionWithoutTimezoneIsReportedAtTheTopOfTheFile() {
    assertProblems(folder, editionWith("timezone: Europe/Paris\n", ""),
        "data/demo/edition.yaml:1:1: error: missing required key 'timezone'");
  }

  @Test
  void anUnknownTimezone() {
    assertProblems(folder, editionWith("timezone: Europe/Paris", "timezone: Europe/Pariss"),
        "data/demo/edition.yaml:6:11: error: unknown timezone 'Europe/Pariss' (use an IANA name such as "
            + "Europe/Paris)");
  }

  @Test
  void anEditionDateThatDoesNotExist() {
    assertProblems(folder, editionWith("end: 2030-03-05", "end: 2030-02-30"),
        "data/demo/edition.yaml:5:6: error: invalid date '2030-02-30' (write dates as YYYY-MM-DD)");
  }

  @Test
  void anEditionDateWithATime() {
    assertProblems(folder, editionWith("start: 2030-03-04", "start: 2030-03-04T10:00:00Z"),
        "data/demo/edition.yaml:4:8: error: invalid date '2030-03-04T10:00:00Z' (write dates as YYYY-MM-DD)");
  }

  @Test
  void anEditionEndingBeforeItStarts() {
    assertProblems(folder, editionWith("end: 2030-03-05", "end: 2030-03-01"),
        "data/demo/edition.yaml:5:6: error: edition ends (2030-03-01) before it starts (2030-03-04)");
  }

  @Test
  void aDefaultLanguageOutsideTheLanguages() {
    assertProblems(folder, editionWith("default_language: en", "default_language: de"),
        "data/demo/edition.yaml:10:19: error: default language 'de' is not one of the edition's languages "
            + "(add it to languages, or pick one of en, fr)");
  }

  @Test
  void aLanguageWithoutInterfaceStrings() {
    assertProblems(folder, editionWith("languages: [en, fr]", "languages: [en, fr, it]"),
        "data/demo/edition.yaml:9:21: error: no interface strings for language 'it' (add templates/i18n/it.yaml)");
  }

  @Test
  void aLanguageNameInsteadOfACode() {
    assertProblems(folder, editionWith("languages: [en, fr]", "languages: [en, fr, English]"),
        "data/demo/edition.yaml:9:21: error: invalid language code 'English' (use ISO 639-1 codes such as fr, "
            + "de, en)");
  }

  @Test
  void aLanguageListedTwice() {
    assertProblems(folder, editionWith("languages: [en, fr]", "languages: [en, fr, en]"),
        "data/demo/edition.yaml:9:21: error: language 'en' is listed twice");
  }

  @Test
  void languagesWrittenAsOneTextAreReportedOnce() {
    assertProblems(folder, editionWith("languages: [en, fr]", "languages: en, fr"),
        "data/demo/edition.yaml:9:12: error: invalid language code 'en, fr' (use ISO 639-1 codes such as fr, "
            + "de, en)");
  }

  @Test
  void aTextInALanguageTheEditionDoesNotHave() {
    assertProblems(folder, sessionsWith("title: {en: Workshop}", "title: {en: Workshop, es: Taller}"),
        "data/demo/sessions.yaml:14:29: error: text for language 'es', which the edition does not have "
            + "(the edition's languages are en, fr)");
  }

  @Test
  void anOnSiteEditionWithoutVenue() {
    assertProblems(folder, editionWith("venue:\n  name: Palais des congrès\n", ""),
        "data/demo/edition.yaml:1:1: error: missing required key 'venue' (give the venue, or set online: true)");
  }

  @Test
  void aFallbackOrderForALanguageTheEditionDoesNotHave() {
    assertProblems(folder, Minimal.EDITION + "fallback:\n  de: [en]\n",
        "data/demo/edition.yaml:23:3: error: fallback order for 'de', which is not one of the edition's languages "
            + "(the edition's languages are en, fr)");
  }

  @Test
  void aFallbackLanguageTheEditionDoesNotHaveOrThatIsTheLanguageItself() {
    assertProblems(folder, Minimal.EDITION + "fallback:\n  fr: [de, fr, en, en]\n",
        "data/demo/edition.yaml:23:8: error: fallback language 'de' is not one of the edition's languages "
            + "(the edition's languages are en, fr)",
        "data/demo/edition.yaml:23:12: error: language 'fr' cannot fall back to itself",
        "data/demo/edition.yaml:23:20: error: language 'en' is listed twice in the fallback order of 'fr'");
  }

  @Test
  void aDayTitleOutsideTheEdition() {
    assertProblems(folder, Minimal.EDITION + "days:\n  - date: 2030-03-09\n    title: Excursion\n",
        "data/demo/edition.yaml:23:11: error: day 2030-03-09 is outside the edition (2030-03-04 to 2030-03-05)");
  }

  @Test
  void anEmptyEditionFileSaysWhatItNeeds() {
    assertProblems(folder, "-- data/demo/edition.yaml --\n",
        "data/demo/edition.yaml:1:1: error: edition file is empty "
            + "(give at least name, start, end, timezone and languages)");
  }

  @Test
  void anEditionFileThatIsAList() {
    assertProblems(folder, "-- data/demo/edition.yaml --\n- name: Demo\n",
        "data/demo/edition.yaml:1:1: error: invalid value: expected a mapping of keys to values");
  }

  @Test
  void aBaseUrlMustBeAbsolute() {
    assertProblems(folder, "-- site.yaml --\nbase_url: example.org\n",
        "site.yaml:1:11: error: invalid base_url 'example.org' "
            + "(give an absolute http(s) URL such as https://example.org/2024/)");
  }

  @Test
  void anUnknownSiteKey() {
    assertProblems(folder, "-- site.yaml --\ntitel: Congresses\n",
        "site.yaml:1:1: error: unknown key 'titel' (did you mean 'title'?)");
  }
}
