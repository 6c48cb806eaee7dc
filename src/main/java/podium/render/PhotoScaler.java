package podium.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import podium.assemble.ScaledPhoto;
import podium.assemble.SiteModel;
import podium.model.ImageFormat;

/**
 * Writes the smaller copies of speakers' photos that pages show: each photo is decoded once, turned upright,
 * scaled to each size and encoded in its own format. Photos are scaled on all cores; the preview keeps the
 * copies of unchanged photos in a {@link PhotoMemo}.
 */
public final class PhotoScaler implements Output {
  private final PhotoMemo memo;

  /** {@code memo} null (a build): every photo is scaled, unless the last build's output has its copies. */
  public PhotoScaler(PhotoMemo memo) {
    this.memo = memo;
  }

  /** Pages show the photos: the preview waits for them (its memo makes that instant for unchanged ones). */
  @Override
  public Timing timing() {
    return Timing.WITH_PAGES;
  }

  /**
   * Every copy of the site's photos, handed to {@code sink}. A copy of the last build's output is reused when
   * every copy of a photo is there: a copy's name covers the photo's content, its size and the scaling, so the
   * same name means the same picture, and a cold build need not decode every camera photo again (~0.2 s of CPU
   * each). A run that keeps no file scales nothing: scaling never fails (a photo that cannot be decoded is
   * published as it is), so there is nothing to find.
   */
  @Override
  public void render(SiteModel site, RenderRun run, Consumer<RenderedFile> sink) {
    List<ScaledPhoto> photos = run.keepsFiles() ? site.photos() : List.of();
    photos.parallelStream().forEach(photo -> {
      List<RenderedFile> reused = reused(photo, run);
      (reused != null ? reused : memo == null ? scale(photo) : memo.get(photo)).forEach(sink);
    });
    if (memo != null) {
      memo.keepOnly(photos);
    }
  }

  private static List<RenderedFile> reused(ScaledPhoto photo, RenderRun run) {
    List<RenderedFile> files = new ArrayList<>();
    for (ScaledPhoto.Size size : photo.sizes()) {
      byte[] bytes = run.previous(size.target());
      if (bytes == null) {
        return null;
      }
      files.add(new RenderedFile(size.target(), bytes));
    }
    return files;
  }

  /** The copies of one photo. */
  static List<RenderedFile> scale(ScaledPhoto photo) {
    byte[] original = photo.content().bytes();
    List<RenderedFile> files = new ArrayList<>();
    try {
      BufferedImage decoded = PhotoCodec.decode(original);
      boolean alpha = photo.format() == ImageFormat.PNG && decoded.getColorModel().hasAlpha();
      boolean turned = photo.orientation() >= 5;
      for (ScaledPhoto.Size size : photo.sizes()) {
        // scaled as stored and turned afterwards: turning the small image is the cheaper way round
        BufferedImage scaled = resize(decoded, turned ? size.height() : size.width(),
            turned ? size.width() : size.height(), alpha);
        BufferedImage upright = Orientation.upright(scaled, photo.orientation());
        files.add(new RenderedFile(size.target(), PhotoCodec.encode(upright, photo.format())));
      }
    } catch (IOException | RuntimeException e) {
      // A file the browser shows but ImageIO cannot read (say, a CMYK JPEG): publish the original under each
      // name. The page is as heavy as before, but it is right, and the build need not fail over a photo.
      files.clear();
      photo.sizes().forEach(size -> files.add(new RenderedFile(size.target(), original)));
    }
    return files;
  }

  /**
   * {@code source} at {@code width} × {@code height}, halving it with bilinear filtering while it is at least
   * twice too large, then one last bilinear step. A single step from 3000 to 120 px would sample a few
   * pixels out of every 25 and shimmer; each halving averages 2 × 2 pixels, so every pixel counts.
   */
  static BufferedImage resize(BufferedImage source, int width, int height, boolean alpha) {
    // premultiplied while scaling, so that transparent pixels' colour does not bleed into the edges
    int working = alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
    BufferedImage current = source;
    int w = source.getWidth();
    int h = source.getHeight();
    do {
      boolean halve = w / 2 >= width && h / 2 >= height;
      w = halve ? w / 2 : width;
      h = halve ? h / 2 : height;
      current = draw(current, w, h, working);
    } while (w != width || h != height);
    return alpha ? draw(current, width, height, BufferedImage.TYPE_INT_ARGB) : current;
  }

  private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
    BufferedImage target = new BufferedImage(width, height, type);
    Graphics2D graphics = target.createGraphics();
    try {
      graphics.setComposite(AlphaComposite.Src);
      graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      graphics.drawImage(source, 0, 0, width, height, null);
    } finally {
      graphics.dispose();
    }
    return target;
  }
}
