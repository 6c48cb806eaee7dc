package podium.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Every hash Podium takes of content, in one place. Two kinds, for two needs:
 * <ul>
 *   <li>{@link #of}: the first 10 hex digits of SHA-256, where a hash names something that may be cached or
 *       compared across builds (fingerprinted asset and photo names, translations' {@code source_hash}, the
 *       input's digest);
 *   <li>{@link #checksum} and {@link #version}: CRC checksums, where a hash only notices a change and nothing
 *       trusts it (each input file's part of the input digest, the frab schedule's version): the JVM's
 *       checksum intrinsics cost a fraction of SHA-256, which took 3 % of a large build over every
 *       language's programme.
 * </ul>
 * Their formats are what earlier builds published: changing one changes names and versions in every site.
 * The frab ids and UUIDs (StableIds) are an id derivation, not a content hash: RFC 4122 fixes them to SHA-1.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(digest("SHA-256").digest(bytes), 0, 5);
  }

  public static String of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A changed input file's mark: CRC-32C and length, {@code 1a2b3c4d:1234}. */
  public static String checksum(byte[] bytes) {
    return Long.toHexString(crc32c(bytes)) + ":" + bytes.length;
  }

  /** 12 hex digits (48 bits: CRC-32C and half a CRC-32) that change when anything in {@code bytes} does. */
  public static String version(byte[] bytes) {
    CRC32 ieee = new CRC32();
    ieee.update(bytes);
    return HexFormat.of().toHexDigits(crc32c(bytes) << 16 | ieee.getValue() & 0xFFFF).substring(4);
  }

  /**
   * The {@link #version} of what is written to it, without keeping it: a large file (the multilingual frab
   * schedule of a big programme) is versioned by streaming it once instead of holding a copy of its bytes.
   */
  public static final class Versioning extends java.io.OutputStream {
    private final CRC32 ieee = new CRC32();
    private final java.util.zip.CRC32C castagnoli = new java.util.zip.CRC32C();

    @Override
    public void write(int b) {
      ieee.update(b);
      castagnoli.update(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      ieee.update(bytes, offset, length);
      castagnoli.update(bytes, offset, length);
    }

    /** The same 12 hex digits {@link #version} gives for the bytes written so far. */
    public String version() {
      return HexFormat.of().toHexDigits(castagnoli.getValue() << 16 | ieee.getValue() & 0xFFFF).substring(4);
    }
  }

  /** A message digest every Java platform must provide (SHA-1, SHA-256). */
  public static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every Java platform", e);
    }
  }

  private static long crc32c(byte[] bytes) {
    CRC32C castagnoli = new CRC32C();
    castagnoli.update(bytes);
    return castagnoli.getValue();
  }
}
