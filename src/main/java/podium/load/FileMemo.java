package podium.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers what each file parsed to, keyed by its modification time and size, so the preview server
 * re-reads only the files an editor changed. A parse that reported problems returns null and is not kept,
 * so its problems are reported again on the next rebuild.
 */
public final class FileMemo {
  private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(FileTime modified, long size, Object value) {}

  /**
   * What {@code file} parsed to when last read, without asking the file system (null if it was not read): for a
   * file known to be unchanged since, as the preview's watcher knows.
   */
  @SuppressWarnings("unchecked")
  <T> T unchanged(Path file) {
    Entry entry = entries.get(file);
    return entry == null ? null : (T) entry.value();
  }

  /** Forgets {@code file}: it is parsed again when next read, even if its time and size look the same. */
  void forget(Path file) {
    entries.remove(file);
  }

  <T> T get(Path file, Supplier<T> parse) {
    return get(file, null, parse);
  }

  /** As {@link #get(Path, Supplier)}, with the file's attributes as a walk of its folder just read them (or null). */
  @SuppressWarnings("unchecked")
  <T> T get(Path file, BasicFileAttributes walked, Supplier<T> parse) {
    BasicFileAttributes attributes = walked;
    if (attributes == null) {
      try {
        attributes = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Entry entry = entries.get(file);
    if (entry != null && entry.modified().equals(attributes.lastModifiedTime()) && entry.size() == attributes.size()) {
      return (T) entry.value();
    }
    T value = parse.get();
    if (value != null) {
      entries.put(file, new Entry(attributes.lastModifiedTime(), attributes.size(), value));
    } else {
      entries.remove(file);
    }
    return value;
  }
}
