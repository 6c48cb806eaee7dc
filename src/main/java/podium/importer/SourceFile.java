package podium.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * A file to import, as named on the command line ({@code shown}, the name every message uses). It is read
 * whole, up to {@link #MAX_BYTES}: a schedule of thousands of sessions is a few megabytes, and a larger file is
 * more likely a mistake or an attack than a programme.
 */
record SourceFile(Path path, String shown) {
  static final long MAX_BYTES = 32L * 1024 * 1024;

  /** The file's extension in lower case, without the dot ("" when it has none). */
  String extension() {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The bytes; null when the file is too large (reported). A missing file is a usage error. */
  byte[] bytes(Problems problems) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no file '" + shown + "' to import");
    }
    try {
      if (Files.size(path) > MAX_BYTES) {
        problems.error(shown, Position.START, "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB",
            "a schedule is a few megabytes: is it the right file?");
        return null;
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read '" + shown + "'");
    }
  }

  /** The text, which must be UTF-8 (a byte order mark is dropped); null when it is not (reported). */
  String text(Problems problems) {
    byte[] bytes = bytes(problems);
    if (bytes == null) {
      return null;
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      problems.error(shown, Position.START, "the file is not UTF-8 text", "save it as UTF-8 and import it again");
      return null;
    }
  }
}
