/**
 * Importing a programme kept elsewhere (frab/pretalx schedule.xml and schedule.json, Sessionize's JSON, a
 * spreadsheet) into an edition's {@code data/} and {@code content/} files, as an editor would write them.
 *
 * <p>May use: podium.diagnostic, podium.rules, podium.model, podium.load, podium.validate, podium.scaffold,
 * podium.render.export.
 */
package podium.importer;
