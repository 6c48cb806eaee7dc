/**
 * The pipeline: the one place that knows the stage order load, validate, assemble, render, write.
 *
 * <p>May use: podium.diagnostic, podium.rules, podium.model, podium.load, podium.validate, podium.assemble,
 * podium.render, podium.render.export, podium.write.
 */
package podium.pipeline;
