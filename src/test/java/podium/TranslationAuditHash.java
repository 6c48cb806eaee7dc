package podium;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** The documented source_hash: the first ten hex digits of the SHA-256 of the stripped source text. */
final class TranslationAuditHash {
  private TranslationAuditHash() {}

  static String of(String text) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 5);
  }
}
