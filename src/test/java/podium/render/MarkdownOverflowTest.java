package podium.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import podium.diagnostic.Problem;
import podium.model.Markdown;

/**
 * Should flexmark run out of stack on a text within the nesting limit (on a thread with a smaller stack than
 * the build's), the text is reported as a problem at its first line, not thrown as a StackOverflowError.
 */
class MarkdownOverflowTest {
  @Test
  void aTextThatOverflowsTheStackIsAProblemAtItsFirstLine() throws InterruptedException {
    Markdown deep = new Markdown("content/demo/en/deep.md", ">".repeat(100) + " deep\n", 4);
    MarkdownConverter converter = new MarkdownConverter();
    converter.convert(new Markdown("content/demo/en/warm.md", "> *warm* [up](u)\n", 1)); // loads flexmark's classes
    AtomicReference<MarkdownConverter.Converted> converted = new AtomicReference<>();
    Thread small = new Thread(null, () -> converted.set(converter.convert(deep)), "small", 64 * 1024);

    small.start();
    small.join();

    assertThat(converted.get().html()).isNull();
    assertThat(converted.get().problem()).isEqualTo(new Problem("content/demo/en/deep.md", 4, 1,
        "Markdown nested too deeply to render", "quotes, lists, emphasis and links may nest up to 100 levels"));
  }
}
