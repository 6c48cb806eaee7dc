package podium.rules;

import java.lang.ref.SoftReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * Results worked out from a value, remembered by that value: one session description is asked for by its pages'
 * meta description, the search index, the structured data and every open-data file, in each language it is
 * shown in, and again by every rebuild of the preview while it is unchanged.
 *
 * <p>Weak keys: an entry goes with the last key that holds it (an edited description, a closed preview). Soft
 * results: when the heap runs short, the collector drops results before it gives up, and they are worked out
 * again when asked for. A build of 10,000 sessions holds every description in its model; without soft results
 * their plain texts and HTML (~250 MB) stayed until the end, and the build did not fit in a 1 GB heap. The work is
 * done outside the lock, so threads never wait on each other's parse; two may do the same work once, with the
 * same result.
 *
 * @param <K> the key, compared by value (a text, a record of texts)
 * @param <V> the result; never one that holds its key, or the entry would never go
 */
public final class Memo<K, V> {
  private final Map<K, SoftReference<V>> results = Collections.synchronizedMap(new WeakHashMap<>());
  private final Function<K, V> work;

  public Memo(Function<K, V> work) {
    this.work = work;
  }

  /**
   * Remembers {@code result} (worked out another way, with the same outcome as the work) for {@code key}, unless
   * a result is known already: then {@code result} is not even asked for.
   */
  public void offer(K key, java.util.function.Supplier<V> result) {
    SoftReference<V> known = results.get(key);
    if (known == null || known.get() == null) {
      results.put(key, new SoftReference<>(result.get()));
    }
  }

  /** The result for {@code key} (not null; the work must not return null either). */
  public V of(K key) {
    SoftReference<V> known = results.get(key);
    V result = known == null ? null : known.get();
    if (result == null) {
      result = work.apply(key);
      results.put(key, new SoftReference<>(result));
    }
    return result;
  }
}
