package podium.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check's shortcut: a text it skips without parsing must hold nothing to refuse. Every refused form is
 * parsed (and found); only texts with no link or plain allowed links are skipped.
 */
class MarkdownLinksTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "[a](javascript:alert(1))", "[a](JAVASCRIPT:alert(1))",
      "[a](&#106;avascript:alert(1))", "[a](&#x6A;avascript:alert(1))", "[a](javascript&colon;alert(1))",
      "[a](jav&Tab;ascript:alert(1))", "<javascript:alert(1)>",
      "[a]: vbscript:x\n\n[a]", "![i](data:image/svg+xml,x)", "[a](//evil.example/x)", "[a](/\\evil.example)",
      "[a](https://ok.example) and [b](file:///etc/passwd)", "[a](x-custom:thing)", "text &#27; here [a](b)"})
  void everyRefusedFormIsParsedAndFound(String markdown) {
    assertThat(MarkdownLinks.mayHoldRefusal(markdown)).as(markdown).isTrue();
    assertThat(MarkdownLinks.check(markdown)).as(markdown).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Plain text, no link at all: even with a colon.", "[lien](https://example.org/ref)",
      "[a](HTTPS://example.org) and [b](mailto:a@example.org)", "[a](../about/) [b](#top) [c](?q=1)",
      "[ref]: https://example.org/x \"title\"\n\n[ref]"})
  void plainAllowedLinksAreSkipped(String markdown) {
    assertThat(MarkdownLinks.mayHoldRefusal(markdown)).as(markdown).isFalse();
    assertThat(MarkdownLinks.check(markdown)).isEmpty();
  }

  /** A tab or a space in a destination makes no link of it in flexmark, but the shortcut cannot know that. */
  @ParameterizedTest
  @ValueSource(strings = {"[a](java\tscript:alert(1))", "[a](<javascript: alert(1)>)"})
  void whatOnlyLooksLikeALinkIsParsedToo(String markdown) {
    assertThat(MarkdownLinks.mayHoldRefusal(markdown)).as(markdown).isTrue();
    assertThat(MarkdownLinks.check(markdown)).as("flexmark reads it as text").isEmpty();
  }

  @Test
  void aTimeInProseIsParsedToBeSafe() {
    assertThat(MarkdownLinks.mayHoldRefusal("[a](https://x.example) at 10:30")).isTrue();
    assertThat(MarkdownLinks.check("[a](https://x.example) at 10:30")).isEmpty();
  }
}
