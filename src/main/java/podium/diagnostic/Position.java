package podium.diagnostic;

/** A 1-based line and column in a source file. */
public record Position(int line, int column) {
  public static final Position START = new Position(1, 1);

  /** The same place seen from a file that embeds this text starting at {@code firstLine} (front matter). */
  public Position shiftedBy(int lineOffset) {
    return new Position(line + lineOffset, column);
  }
}
