package podium.render.export;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import podium.assemble.ShareCard;

/**
 * The preview's memory of share images: a {@link ShareCard} equal to one drawn before (same texts, colours and
 * path) is the same picture, so an edit redraws only the cards it changed. Only the last build's cards are
 * kept, so memory follows the site. Thread-safe: the pictures are drawn on all cores.
 */
public final class ShareImageMemo {
  private final Map<ShareCard, byte[]> pictures = new ConcurrentHashMap<>();

  /** The picture of {@code card}, or null when it is not known. */
  byte[] get(ShareCard card) {
    return pictures.get(card);
  }

  void put(ShareCard card, byte[] picture) {
    pictures.put(card, picture);
  }

  /** Forgets the cards no longer in the site. */
  void keepOnly(List<ShareCard> cards) {
    pictures.keySet().retainAll(new HashSet<>(cards));
  }
}
