package podium.render.export;

import java.util.List;
import java.util.function.Consumer;
import podium.assemble.ShareCard;
import podium.assemble.SiteModel;
import podium.render.Output;
import podium.render.RenderRun;
import podium.render.RenderedFile;

/**
 * The share images of every edition built: each edition's in each language and each session's
 * ({@link ShareCard}s from the site model, one per file), drawn on all cores by {@link ShareCanvas}. A drawing
 * costs about 3 ms of CPU, so no picture is drawn twice when it can be helped: languages whose card says the
 * same share one file (the assemble stage named it by its content), a build reuses the last build's file of the
 * same content name (its name covers every drawn text, the colours and {@link ShareCard#DRAWING}; bytes there
 * that are not such a PNG are drawn again), and the
 * preview keeps its pictures in a {@link ShareImageMemo}. A run that keeps no file draws nothing: drawing never
 * fails, so there is nothing for a check to find.
 */
public final class ShareImages implements Output {
  private final ShareImageMemo memo;

  /** {@code memo} null (a build): every picture is drawn, unless the last build's output has it. */
  public ShareImages(ShareImageMemo memo) {
    this.memo = memo;
  }

  @Override
  public void render(SiteModel site, RenderRun run, Consumer<RenderedFile> sink) {
    List<ShareCard> cards = run.keepsFiles() ? site.shareCards() : List.of();
    cards.parallelStream().forEach(card -> sink.accept(new RenderedFile(card.path(), picture(card, run))));
    if (memo != null) {
      memo.keepOnly(cards);
    }
  }

  private byte[] picture(ShareCard card, RenderRun run) {
    byte[] known = memo == null ? null : memo.get(card);
    if (known != null) {
      return known;
    }
    byte[] reused = card.namedByContent() ? run.previous(card.path()) : null;
    boolean usable = reused != null && PalettePng.isPalettePng(reused, ShareCanvas.WIDTH, ShareCanvas.HEIGHT);
    byte[] bytes = usable ? reused : ShareCanvas.draw(card);
    if (memo != null) {
      memo.put(card, bytes);
    }
    return bytes;
  }
}
