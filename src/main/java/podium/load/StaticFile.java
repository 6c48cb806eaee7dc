package podium.load;

import java.nio.file.Path;
import podium.model.FileContent;

/**
 * A file copied to the output unchanged. {@code edition} is null for shared files under {@code assets/};
 * {@code relative} is the path below {@code assets/}, or below {@code content/<edition>/} for page files.
 * {@code hash} (shared assets only) is a digest of the content, for fingerprinted file names; {@code content}
 * is what is copied.
 */
public record StaticFile(Path source, String edition, String relative, String hash, FileContent content) {}
