/**
 * Stage 1, load: reads the project's files into raw typed documents, each with a map of source positions.
 *
 * <p>May use: podium.diagnostic, podium.rules, podium.model.
 */
package podium.load;
