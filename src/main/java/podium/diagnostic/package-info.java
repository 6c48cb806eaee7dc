/** Problems found in the user's input, with their file positions, shared by every stage. */
package podium.diagnostic;
