/** The command line: parses arguments, runs the pipeline, prints problems and summaries, sets the exit code. */
package podium.cli;
