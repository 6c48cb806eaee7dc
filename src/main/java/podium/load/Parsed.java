package podium.load;

import podium.diagnostic.Position;

/** A document read from {@code path} (relative to the project root) with the positions of its values. */
public record Parsed<T>(String path, T value, SourceMap positions) {
  public Position at(String pointer) {
    return positions.at(pointer);
  }

  /** Where the key of {@code pointer} is written, for problems with the key rather than its value. */
  public Position keyAt(String pointer) {
    return positions.keyAt(pointer);
  }
}
