/**
 * Stage 2, validate: checks the loaded documents against each other and builds the typed programme model.
 *
 * <p>May use: podium.diagnostic, podium.rules, podium.model, podium.load.
 */
package podium.validate;
