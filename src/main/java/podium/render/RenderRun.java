package podium.render;

import java.util.function.Function;
import podium.diagnostic.Problems;
import podium.diagnostic.Progress;

/**
 * What the outputs of one run share: where problems go, the progress to count, the last build's output
 * ({@code previous}: its file at a path, or null; a null function when there is none), and whether the files
 * are kept ({@code check} renders everything to find problems, and drops it).
 */
public record RenderRun(Problems problems, Progress progress, Function<String, byte[]> previous,
    boolean keepsFiles) {

  /** The last build's file at {@code path}, or null. */
  public byte[] previous(String path) {
    return previous == null ? null : previous.apply(path);
  }
}
