/**
 * The command line: parses arguments, runs the pipeline, prints problems and summaries, sets the exit code.
 *
 * <p>May use: every package.
 */
package podium.cli;
