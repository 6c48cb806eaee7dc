package podium.assemble;

import java.util.ArrayList;
import java.util.List;
import podium.model.Edition;
import podium.model.Speaker;

/**
 * Where speakers' photos are published: in the edition's own {@code assets/photos/}, named after the speaker
 * and the file's content hash. The name never comes from the editor's file name (any characters), and a new
 * photo gets a new name, so hosts may cache photos forever as they do other assets.
 */
final class PhotoFiles {
  static final String FOLDER = "photos/";

  private PhotoFiles() {}

  /** The photo's path below the edition's {@code assets/}: {@code photos/jane-doe.3f9a1c2b07.jpg}. */
  static String published(Speaker speaker) {
    return FOLDER + speaker.id() + "." + speaker.photo().hash() + "." + speaker.photo().format().extension();
  }

  /** A copy of each speaker's photo into its edition; only editions that use a photo get one. */
  static List<FileCopy> copies(Edition edition) {
    List<FileCopy> copies = new ArrayList<>();
    for (Speaker speaker : edition.speakers()) {
      if (speaker.photo() != null) {
        copies.add(new FileCopy(speaker.photo().source(), edition.id() + "/assets/" + published(speaker)));
      }
    }
    return copies;
  }
}
