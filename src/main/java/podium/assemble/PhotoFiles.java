package podium.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.rules.ContentHash;
import podium.model.Edition;
import podium.model.ImageFormat;
import podium.model.Photo;
import podium.model.Speaker;

/**
 * Where speakers' photos are published: in the edition's own {@code assets/photos/}, named after the speaker
 * and the file's content hash. The name never comes from the editor's file name (any characters), and a new
 * photo gets a new name, so hosts may cache photos forever as they do other assets.
 *
 * <p>Pages show a photo far smaller than cameras take it, so a JPEG or PNG (the formats the JDK decodes) is
 * also published at the sizes pages show it at, for screens of twice the CSS pixel density: a thumbnail
 * whose shorter side is {@value #THUMB} px (shown in a 40-px circle) and a page image {@value #PAGE} px wide
 * (shown 160 px wide on the speaker's page). A photo no larger than that is shown as it is.
 */
final class PhotoFiles {
  static final String FOLDER = "photos/";
  static final int THUMB = 80;
  static final int PAGE = 320;
  /**
   * Part of the smaller files' names: raise it whenever the render stage's scaling or encoding changes, so
   * that hosts and browsers, which may cache the old bytes forever, get the new ones under a new name.
   */
  private static final String SCALING = "podium-scaling-1";

  private PhotoFiles() {}

  /** A published image of a photo: its path below the edition's {@code assets/} and its size in pixels. */
  record Image(String path, int width, int height) {}

  /** The photo's path below the edition's {@code assets/}: {@code photos/jane-doe.3f9a1c2b07.jpg}. */
  static String published(Speaker speaker) {
    return FOLDER + speaker.id() + "." + speaker.photo().hash() + "." + speaker.photo().format().extension();
  }

  /**
   * What a 40-px thumbnail shows: a copy whose shorter side is 80 px, aspect kept. Not cropped square: the
   * stylesheet crops it ({@code object-fit: cover}), so a theme may place or shape the crop as it likes.
   */
  static Image thumbnail(Speaker speaker) {
    Photo photo = speaker.photo();
    int shorter = Math.min(photo.width(), photo.height());
    if (!scalable(photo) || shorter <= THUMB) {
      return original(speaker);
    }
    return scaled(speaker, scale(photo.width(), shorter), scale(photo.height(), shorter));
  }

  /** What the speaker's page shows 160 px wide: a copy 320 px wide, or the original when it is no wider. */
  static Image pageImage(Speaker speaker) {
    Photo photo = speaker.photo();
    if (!scalable(photo) || photo.width() <= PAGE) {
      return original(speaker);
    }
    return scaled(speaker, PAGE, Math.max(1, Math.round((float) photo.height() * PAGE / photo.width())));
  }

  /** A copy of each speaker's photo into its edition; only editions that use a photo get one. */
  static List<FileCopy> copies(Edition edition) {
    List<FileCopy> copies = new ArrayList<>();
    for (Speaker speaker : edition.speakers()) {
      if (speaker.photo() != null) {
        copies.add(new FileCopy(speaker.photo().content(), edition.id() + "/assets/" + published(speaker)));
      }
    }
    return copies;
  }

  /** The smaller copies the edition's pages show, one entry per photo, so each is decoded once. */
  static List<ScaledPhoto> scaled(Edition edition) {
    List<ScaledPhoto> scaled = new ArrayList<>();
    for (Speaker speaker : edition.speakers()) {
      if (speaker.photo() == null) {
        continue;
      }
      String original = published(speaker);
      // a wide photo's thumbnail may be its page image too: the same size has the same name, made once
      Map<String, ScaledPhoto.Size> sizes = new LinkedHashMap<>();
      for (Image image : List.of(thumbnail(speaker), pageImage(speaker))) {
        if (!image.path().equals(original)) {
          String target = edition.id() + "/assets/" + image.path();
          sizes.putIfAbsent(target, new ScaledPhoto.Size(target, image.width(), image.height()));
        }
      }
      if (!sizes.isEmpty()) {
        Photo photo = speaker.photo();
        scaled.add(new ScaledPhoto(photo.content(), photo.format(), photo.orientation(), List.copyOf(sizes.values())));
      }
    }
    return scaled;
  }

  private static boolean scalable(Photo photo) {
    return (photo.format() == ImageFormat.JPEG || photo.format() == ImageFormat.PNG) && photo.width() > 0;
  }

  private static int scale(int side, int shorter) {
    return Math.max(1, Math.round((float) side * THUMB / shorter));
  }

  private static Image original(Speaker speaker) {
    return new Image(published(speaker), speaker.photo().width(), speaker.photo().height());
  }

  /** {@code photos/jane-doe-120x80.<hash>.jpg}: the hash covers the original, the size and the scaling. */
  private static Image scaled(Speaker speaker, int width, int height) {
    Photo photo = speaker.photo();
    String size = width + "x" + height;
    String hash = ContentHash.of(photo.hash() + "\n" + size + "\n" + SCALING);
    return new Image(FOLDER + speaker.id() + "-" + size + "." + hash + "." + photo.format().extension(), width,
        height);
  }
}
