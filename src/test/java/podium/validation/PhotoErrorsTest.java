package podium.validation;

import static podium.validation.InvalidInput.assertFailed;
import static podium.validation.InvalidInput.assertProblems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;
import podium.photos.Images;

/**
 * Speakers' photos: the path is untrusted (it becomes a file read), the file must exist and hold an image of
 * the format its name announces, and an SVG must not carry scripts. The photo line is line 5 of speakers.yaml.
 */
class PhotoErrorsTest {
  @TempDir
  Path folder;

  private TestSite withPhoto(String photo, String file, byte[] bytes) {
    TestSite site = InvalidInput.site(folder, Minimal.SPEAKERS + "  photo: " + photo + "\n");
    if (file != null) {
      site.writeBytes(file, bytes);
    }
    return site;
  }

  @Test
  void aPathLeavingTheDataFolderIsRefused() {
    assertFailed(withPhoto("../demo/ada.png", null, null).build(),
        "data/demo/speakers.yaml:5:10: error: unsafe photo path '../demo/ada.png' (write a path inside the edition's "
            + "data folder, such as photos/jane-doe.jpg, without '..' or a leading '/')");
  }

  @Test
  void anAbsolutePathOrAUrlIsRefused() {
    assertFailed(withPhoto("/etc/ada.png", null, null).build(),
        "data/demo/speakers.yaml:5:10: error: unsafe photo path '/etc/ada.png' (write a path inside the edition's "
            + "data folder, such as photos/jane-doe.jpg, without '..' or a leading '/')");
  }

  @Test
  void aMissingFileIsReportedWithWhereItWasLookedFor() {
    assertFailed(withPhoto("photos/ada.png", null, null).build(),
        "data/demo/speakers.yaml:5:10: error: photo 'photos/ada.png' not found (expected at data/demo/photos/ada.png)");
  }

  @Test
  void aFormatBrowsersDoNotAllShowIsRefused() {
    assertFailed(withPhoto("photos/ada.gif", "data/demo/photos/ada.gif", Images.png(2, 2)).build(),
        "data/demo/speakers.yaml:5:10: error: photo 'photos/ada.gif' is not a JPEG, PNG, WebP, AVIF or SVG file "
            + "(save it in one of those formats, which every current browser shows)");
  }

  @Test
  void aFileWhoseContentIsAnotherFormatIsNamedForWhatItHolds() {
    assertFailed(withPhoto("photos/ada.png", "data/demo/photos/ada.png", Images.jpeg(2, 2)).build(),
        "data/demo/speakers.yaml:5:10: error: photo 'photos/ada.png' does not hold a PNG image "
            + "(it holds a JPEG image: name it .jpg)");
  }

  @Test
  void aFileThatIsNoImageAtAllIsRefused() {
    assertFailed(withPhoto("photos/ada.jpg", "data/demo/photos/ada.jpg",
            "not a photo".getBytes(StandardCharsets.UTF_8)).build(),
        "data/demo/speakers.yaml:5:10: error: photo 'photos/ada.jpg' does not hold a JPEG image "
            + "(save it again from an image editor)");
  }

  @Test
  void anSvgWithScriptsIsRefused() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 9 9\" onload=\"alert(1)\"/>";
    assertFailed(withPhoto("photos/ada.svg", "data/demo/photos/ada.svg", svg.getBytes(StandardCharsets.UTF_8)).build(),
        "data/demo/speakers.yaml:5:10: error: photo 'photos/ada.svg' cannot be published: its 'onload' attribute "
            + "on <svg> at line 1 is not allowed (remove it, or save the photo as PNG)");
  }

  @Test
  void anSvgWithADoctypeIsNotReadAsAnImage() {
    String svg = "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
    assertFailed(withPhoto("photos/ada.svg", "data/demo/photos/ada.svg", svg.getBytes(StandardCharsets.UTF_8)).build(),
        "data/demo/speakers.yaml:5:10: error: photo 'photos/ada.svg' cannot be published: it has a document type "
            + "declaration (<!DOCTYPE …>), which may define entities (remove it, or save the photo as PNG)");
  }

  @Test
  void aPhotoDescriptionWithoutPhotoIsReported() {
    assertProblems(folder, Minimal.SPEAKERS + "  photo_alt: {en: Ada on stage}\n",
        "data/demo/speakers.yaml:5:14: error: 'photo_alt' without a 'photo' (add the photo, or remove its text)");
  }

  @Test
  void aPhotoDescriptionInALanguageTheEditionDoesNotHaveIsReported() {
    assertFailed(InvalidInput.build(folder, Minimal.SPEAKERS + "  photo: photos/ada.png\n  photo_alt: {de: Ada}\n"),
        "data/demo/speakers.yaml:5:10: error: photo 'photos/ada.png' not found (expected at data/demo/photos/ada.png)",
        "data/demo/speakers.yaml:6:19: error: text for language 'de', which the edition does not have "
            + "(the edition's languages are en, fr)");
  }

  @Test
  void aLooseImageInTheEditionFolderIsToldToGoIntoAFolder() {
    TestSite site = InvalidInput.site(folder, "");
    site.writeBytes("data/demo/ada.png", Images.png(2, 2));
    assertFailed(site.build(),
        "data/demo/ada.png:1:1: error: unexpected file in an edition folder (put photos in a folder, such as "
            + "data/demo/photos/)");
  }
}
