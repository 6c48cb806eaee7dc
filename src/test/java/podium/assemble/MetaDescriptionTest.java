package podium.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Meta descriptions: the first text given, on one line, at most 160 characters, cut after a whole word. */
class MetaDescriptionTest {
  @Test
  void aLongTextIsCutAfterAWholeWordWithAnEllipsis() {
    String words = "Clusters bring together companies, research and training in a region; ".repeat(4);
    String cut = MetaDescription.of(words);
    assertThat(cut.length()).isLessThanOrEqualTo(160);
    assertThat(cut).endsWith("…");
    String kept = cut.substring(0, cut.length() - 1);
    assertThat(words).startsWith(kept);
    assertThat(words.charAt(kept.length())).as("the next character ends a word").isIn(' ', ',', ';');
  }

  @Test
  void theFirstTextWithContentIsTakenOnOneLineAndShortOnesStayWhole() {
    assertThat(MetaDescription.of(null, "  ", "Line one\n  line two", "later")).isEqualTo("Line one line two");
    assertThat(MetaDescription.of("😀".repeat(160))).as("characters, not UTF-16 units").hasSize(320);
    assertThat(MetaDescription.of((String) null)).isNull();
    assertThat(MetaDescription.facts("Opening", null, " ", "Hall")).isEqualTo("Opening, Hall");
  }
}
