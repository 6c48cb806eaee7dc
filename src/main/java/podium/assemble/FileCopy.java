package podium.assemble;

import java.nio.file.Path;

/** A file copied unchanged to {@code target}, a path relative to the output folder. */
public record FileCopy(Path source, String target) {}
