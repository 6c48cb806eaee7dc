/** Stage 1, load: reads the project's files into raw typed documents, each with a map of source positions. */
package podium.load;
