package podium.load;

import podium.diagnostic.Position;

/** A document read from {@code path} (relative to the project root) with the positions of its values. */
public record Parsed<T>(String path, T value, SourceMap positions) {
  public Position at(String pointer) {
    return positions.at(pointer);
  }
}
