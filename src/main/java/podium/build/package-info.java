/** The pipeline: the one place that knows the stage order load, validate, assemble, render, write. */
package podium.build;
