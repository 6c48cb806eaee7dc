package podium.render;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import podium.assemble.ScaledPhoto;

/**
 * The preview's memory of scaled photos. A photo's copies are named after its content hash, so a
 * {@link ScaledPhoto} equal to one seen before (same file, same names) has the same bytes: they are kept,
 * not scaled again on every edit of a page. Only the last build's photos are kept, so memory follows the site.
 */
public final class PhotoMemo {
  private final Map<ScaledPhoto, List<RenderedFile>> files = new ConcurrentHashMap<>();

  /** The copies of {@code photo}, scaled now if they are not known. */
  List<RenderedFile> get(ScaledPhoto photo) {
    List<RenderedFile> known = files.get(photo);
    if (known == null) {
      // not computeIfAbsent: that would hold a lock on the map for the whole scaling
      known = PhotoScaler.scale(photo);
      files.put(photo, known);
    }
    return known;
  }

  /** Forgets the photos no longer in the site (replaced, removed, or their speaker gone). */
  void keepOnly(List<ScaledPhoto> photos) {
    files.keySet().retainAll(new HashSet<>(photos));
  }
}
