package podium.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import podium.assemble.ScaledPhoto;
import podium.model.ImageFormat;

/**
 * Writes the smaller copies of speakers' photos that pages show: each photo is decoded once, turned upright,
 * scaled to each size and encoded in its own format. Photos are scaled on all cores; the preview keeps the
 * copies of unchanged photos in a {@link PhotoMemo}.
 */
public final class PhotoScaler {
  private PhotoScaler() {}

  /**
   * Every copy of {@code photos}, handed to {@code sink}; {@code memo} (null in a build) skips known ones, and
   * {@code previous} (null: none) gives a file of the last build's output, reused when every copy of a photo is
   * there: a copy's name covers the photo's content, its size and the scaling, so the same name means the same
   * picture, and a cold build need not decode every camera photo again (~0.2 s of CPU each).
   */
  public static void render(List<ScaledPhoto> photos, PhotoMemo memo, Function<String, byte[]> previous,
      Consumer<RenderedFile> sink) {
    photos.parallelStream().forEach(photo -> {
      List<RenderedFile> reused = previous == null ? null : reused(photo, previous);
      (reused != null ? reused : memo == null ? scale(photo) : memo.get(photo)).forEach(sink);
    });
    if (memo != null) {
      memo.keepOnly(photos);
    }
  }

  private static List<RenderedFile> reused(ScaledPhoto photo, Function<String, byte[]> previous) {
    List<RenderedFile> files = new ArrayList<>();
    for (ScaledPhoto.Size size : photo.sizes()) {
      byte[] bytes = previous.apply(size.target());
      if (bytes == null) {
        return null;
      }
      files.add(new RenderedFile(size.target(), bytes));
    }
    return files;
  }

  /** The copies of one photo. */
  static List<RenderedFile> scale(ScaledPhoto photo) {
    byte[] original;
    try {
      original = Files.readAllBytes(photo.source());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
