package podium.model;

import java.util.Arrays;

/**
 * The bytes of an input file copied or converted into the output (an asset, a photo, an editor's file), read
 * once by the load stage: the later stages take them from here, never from the disk again, so what is
 * published is what was checked. Two contents are equal when their bytes are, which is what the preview's
 * memos compare. The array is never changed after reading, and callers must not change it.
 */
public final class FileContent {
  private final byte[] bytes;
  private int hash;

  public FileContent(byte[] bytes) {
    this.bytes = bytes;
  }

  public byte[] bytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof FileContent content && Arrays.equals(bytes, content.bytes);
  }

  @Override
  public int hashCode() {
    if (hash == 0) {
      hash = Arrays.hashCode(bytes);
    }
    return hash;
  }

  @Override
  public String toString() {
    return bytes.length + " bytes";
  }
}
