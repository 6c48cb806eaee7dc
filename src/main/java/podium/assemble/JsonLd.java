package podium.assemble;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A page's schema.org data, written when the page is: its text ({@link #toString}, what templates print) is made
 * from the model each time it is asked for and kept nowhere, as 10,000 sessions' pages held 98 MB of it for the
 * whole build. Two are equal when they are made from equal inputs ({@code key}: the kind of page, the
 * edition's facts as one text, and the records shown), which the preview's page memo compares without writing
 * either.
 */
public final class JsonLd {
  private final List<Object> key;
  private final Supplier<String> text;

  JsonLd(Supplier<String> text, Object... key) {
    this.key = Arrays.asList(key);
    this.text = text;
  }

  /** The JSON text, safe inside a script element. */
  @Override
  public String toString() {
    return text.get();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonLd that && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * JSON's escapes, and '<', '>' and '&' as JSON's six-character Unicode escapes, written by the generator itself:
   * replacing them in each page's finished text made three more copies of it.
   */
  static final class ScriptSafe extends CharacterEscapes {
    private final int[] escapes = standardAsciiEscapesForJSON();

    ScriptSafe() {
      for (char c : new char[] {'<', '>', '&'}) {
        escapes[c] = ESCAPE_CUSTOM;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      // asked for every character beyond ASCII too: those are written as they are
      return c == '<' || c == '>' || c == '&' ? new SerializedString(String.format("\\u%04x", c)) : null;
    }
  }
}
