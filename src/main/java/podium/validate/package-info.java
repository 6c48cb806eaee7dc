/** Stage 2, validate: checks the loaded documents against each other and builds the typed programme model. */
package podium.validate;
