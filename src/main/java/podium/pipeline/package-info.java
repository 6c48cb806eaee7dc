/**
 * The pipeline: the one place that knows the stage order load, validate, assemble, render, write. {@link
 * podium.pipeline.Build} runs it once for a command, {@link podium.pipeline.IncrementalBuild} again and again
 * for the preview; both through {@code Stages}.
 *
 * <p>May use: podium.diagnostic, podium.rules, podium.model, podium.load, podium.validate, podium.assemble,
 * podium.render, podium.render.export, podium.write.
 */
package podium.pipeline;
