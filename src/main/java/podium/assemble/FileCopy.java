package podium.assemble;

import podium.model.FileContent;

/** A file published unchanged at {@code target}, a path relative to the output folder. */
public record FileCopy(FileContent content, String target) {}
