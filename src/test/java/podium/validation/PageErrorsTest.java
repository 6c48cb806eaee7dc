package podium.validation;

import static podium.validation.InvalidInput.assertProblems;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown pages: what their headers say, what their files are called, and where they would be written. */
class PageErrorsTest {
  private static final String COLLISION_HINT = "a page's slug repeats another page's or a section's URL; "
      + "give it another slug";

  @TempDir
  Path folder;

  /** An English page {@code content/demo/en/<name>.md} with this YAML front matter, and a line of text. */
  private static String page(String name, String frontMatter) {
    return "-- content/demo/en/" + name + ".md --\n---\n" + frontMatter + "---\nSome text.\n";
  }

  @Test
  void aNewsItemWithAnImpossibleDateIsReportedAtTheDate() {
    assertProblems(folder, page("news/launch", "title: Launch\ndate: 2030-02-30\n"),
        "content/demo/en/news/launch.md:3:7: error: invalid date '2030-02-30' (write dates as YYYY-MM-DD)");
  }

  @Test
  void aNewsItemWithADateInAJBakeHeaderThatIsNoDate() {
    assertProblems(folder, "-- content/demo/fr/news/lancement.md --\ntitle=Lancement\ndate=demain\n~~~~~~\nTexte.\n",
        "content/demo/fr/news/lancement.md:2:6: error: invalid date 'demain' (write dates as YYYY-MM-DD)");
  }

  @Test
  void aNewsItemNeedsADate() {
    assertProblems(folder, page("news/launch", "title: Launch\n"),
        "content/demo/en/news/launch.md:2:1: error: missing required key 'date'");
  }

  @Test
  void aPageWithoutTitleIsReportedAtItsFrontMatter() {
    assertProblems(folder, page("venue", "weight: 3\n"),
        "content/demo/en/venue.md:2:1: error: missing required key 'title'");
  }

  @Test
  void aPageWithoutHeaderNeedsATitle() {
    assertProblems(folder, "-- content/demo/en/venue.md --\nTake the tram.\n",
        "content/demo/en/venue.md:1:1: error: missing required key 'title'");
  }

  @Test
  void anUnknownFrontMatterKeyGetsTheClosestKnownKeyAsHint() {
    assertProblems(folder, page("venue", "title: Venue\nwieght: 3\n"),
        "content/demo/en/venue.md:3:1: error: unknown key 'wieght' (did you mean 'weight'?)");
  }

  @Test
  void aFrontMatterValueOfTheWrongType() {
    assertProblems(folder, page("venue", "title: Venue\nweight: abc\n"),
        "content/demo/en/venue.md:3:9: error: invalid value 'abc' for 'weight': expected a whole number");
  }

  @Test
  void aFrontMatterFlagThatIsNeitherTrueNorFalse() {
    assertProblems(folder, page("venue", "title: Venue\ndraft: maybe\n"),
        "content/demo/en/venue.md:3:8: error: invalid value 'maybe' for 'draft': expected true or false");
  }

  @Test
  void aWeightTooLargeIsReportedAtTheValue() {
    assertProblems(folder, page("venue", "title: Venue\nweight: 99999999999\n"),
        "content/demo/en/venue.md:3:9: error: invalid value '99999999999' for 'weight': expected a whole number "
            + "from -2147483648 to 2147483647");
  }

  @Test
  void aControlCharacterInFrontMatterIsReportedAtItsFileLine() {
    assertProblems(folder, page("venue", "title: Ven\u0007ue\n"),
        "content/demo/en/venue.md:2:11: error: control character U+0007 is not allowed in text");
  }

  @Test
  void aRepeatedFrontMatterKeyIsReportedAtItsSecondOccurrence() {
    assertProblems(folder, page("venue", "title: Venue\ntitle: Place\n"),
        "content/demo/en/venue.md:3:1: error: duplicate key 'title' (each key may appear once)");
  }

  @Test
  void aFrontMatterSyntaxErrorIsReportedAtItsFileLine() {
    assertProblems(folder, page("venue", "title: Venue\ntags: [tram, bus\n"),
        "content/demo/en/venue.md:3:17: error: invalid YAML: expected ',' or ']', but got <stream end> "
            + "(while parsing a flow sequence started at line 3, column 7)");
  }

  @Test
  void anUnclosedFrontMatter() {
    assertProblems(folder, "-- content/demo/en/venue.md --\n---\ntitle: Venue\nTake the tram.\n",
        "content/demo/en/venue.md:1:1: error: front matter is not closed (end it with a line of three dashes: ---)");
  }

  @Test
  void anUnknownJbakeHeaderKeyListsTheKnownKeys() {
    assertProblems(folder, "-- content/demo/fr/about.md --\ntitle=À propos\nauthor=Moi\n~~~~~~\nTexte\n",
        "content/demo/fr/about.md:2:1: error: unknown key 'author' (expected one of: date, description, draft, "
            + "menu, slug, source_hash, status, tags, title, type, weight)");
  }

  @Test
  void aMisspeltJbakeHeaderKeyGetsTheClosestKnownKeyAsHint() {
    assertProblems(folder, "-- content/demo/fr/about.md --\ntitel=À propos\n~~~~~~\nTexte\n",
        "content/demo/fr/about.md:1:1: error: unknown key 'titel' (did you mean 'title'?)");
  }

  @Test
  void aJbakeHeaderValueOfTheWrongType() {
    assertProblems(folder, "-- content/demo/fr/about.md --\ntitle=À propos\nweight=dix\n~~~~~~\nTexte\n",
        "content/demo/fr/about.md:2:8: error: invalid value 'dix' for 'weight': expected a whole number");
  }

  @Test
  void aRepeatedJbakeHeaderKeyIsReportedAtItsSecondOccurrence() {
    assertProblems(folder, "-- content/demo/fr/about.md --\ntitle=À propos\ntitle=Le congrès\n~~~~~~\nTexte\n",
        "content/demo/fr/about.md:2:1: error: duplicate key 'title' (each key may appear once)");
  }

  @Test
  void anUnsafeSlugIsReportedAtTheSlug() {
    assertProblems(folder, page("about", "title: About\nslug: À propos\n"),
        "content/demo/en/about.md:3:7: error: unsafe slug 'À propos' (ids may use lowercase letters, digits, "
            + "'-' and '_', and start with a letter or digit)");
  }

  @Test
  void theHomePageCannotHaveASlug() {
    assertProblems(folder, page("index", "title: Welcome\nslug: welcome\n"),
        "content/demo/en/index.md:3:7: error: the home page cannot have a slug (remove the slug key)");
  }

  @Test
  void anUnsafeFileName() {
    assertProblems(folder, page("About Us", "title: About\n"),
        "content/demo/en/About Us.md:1:1: error: unsafe page file name 'About Us.md' (ids may use lowercase "
            + "letters, digits, '-' and '_', and start with a letter or digit)");
  }

  @Test
  void aLanguageFolderThatIsNotALanguageOfTheEdition() {
    assertProblems(folder, "-- content/demo/es/x.md --\n---\ntitle: Sobre\n---\nHola\n",
        "content/demo/es/x.md:1:1: error: language folder 'es' is not a language of edition 'demo' "
            + "(the edition's languages are en, fr)");
  }

  @Test
  void aDescriptionOfASessionThatDoesNotExist() {
    assertProblems(folder, "-- content/demo/en/sessions/nope.md --\nText\n",
        "content/demo/en/sessions/nope.md:1:1: error: description of an unknown session 'nope' "
            + "(expected one of: opening, workshop)");
  }

  @Test
  void aDescriptionOfAMisspeltSessionNamesTheClosestSession() {
    assertProblems(folder, "-- content/demo/fr/sessions/openin.md --\nTexte\n",
        "content/demo/fr/sessions/openin.md:1:1: error: description of an unknown session 'openin' "
            + "(did you mean 'opening'?)");
  }

  @Test
  void aPageFileNamedLikeASectionTakesItsAddressInEveryLanguage() {
    assertProblems(folder, page("programme", "title: Our programme\n"),
        "content/demo/en/programme.md:1:1: error: page would be written to demo/en/programme/index.html, which "
            + "another page uses (" + COLLISION_HINT + ")",
        "content/demo/en/programme.md:1:1: error: page would be written to demo/fr/programme/index.html, which "
            + "another page uses (" + COLLISION_HINT + ")");
  }

  @Test
  void aSlugTakingASectionsAddressIsReportedAtTheSlug() {
    assertProblems(folder, page("about", "title: About\nslug: programme\n"),
        "content/demo/en/about.md:3:7: error: page would be written to demo/en/programme/index.html, which "
            + "another page uses (" + COLLISION_HINT + ")");
  }

  @Test
  void aSlugTakingAnotherPagesAddressIsReportedAtTheSlug() {
    assertProblems(folder, page("a", "title: A\nslug: b\n") + page("b", "title: B\n"),
        "content/demo/en/a.md:3:7: error: page would be written to demo/en/b/index.html, which another page "
            + "uses (" + COLLISION_HINT + ")",
        "content/demo/en/a.md:3:7: error: page would be written to demo/fr/b/index.html, which another page "
            + "uses (" + COLLISION_HINT + ")");
  }

  @Test
  void whenTwoSlugsClaimTheSameAddressTheLaterPageIsBlamed() {
    assertProblems(folder, page("a", "title: A\nslug: c\n") + page("b", "title: B\nslug: c\n"),
        "content/demo/en/b.md:3:7: error: page would be written to demo/en/c/index.html, which another page "
            + "uses (" + COLLISION_HINT + ")",
        "content/demo/en/b.md:3:7: error: page would be written to demo/fr/c/index.html, which another page "
            + "uses (" + COLLISION_HINT + ")");
  }

  @Test
  void everyProblemOfAJbakeHeaderIsReportedEachOnItsLine() {
    assertProblems(folder, "-- content/demo/fr/about.md --\ntitle=À propos\nweight=dix\nmenu=peut-être\n"
            + "title=Le congrès\nauteur=Moi\ndraft=non\n~~~~~~\nTexte\n",
        "content/demo/fr/about.md:2:8: error: invalid value 'dix' for 'weight': expected a whole number",
        "content/demo/fr/about.md:3:6: error: invalid value 'peut-être' for 'menu': expected true or false",
        "content/demo/fr/about.md:4:1: error: duplicate key 'title' (each key may appear once)",
        "content/demo/fr/about.md:5:1: error: unknown key 'auteur' (expected one of: date, description, draft, "
            + "menu, slug, source_hash, status, tags, title, type, weight)",
        "content/demo/fr/about.md:6:7: error: invalid value 'non' for 'draft': expected true or false");
  }

  @Test
  void everyWrongValueOfFrontMatterIsReported() {
    assertProblems(folder, page("venue", "title: Venue\nweight: abc\ndraft: maybe\nwieght: 3\n"),
        "content/demo/en/venue.md:3:9: error: invalid value 'abc' for 'weight': expected a whole number",
        "content/demo/en/venue.md:4:8: error: invalid value 'maybe' for 'draft': expected true or false",
        "content/demo/en/venue.md:5:1: error: unknown key 'wieght' (did you mean 'weight'?)");
  }
}
