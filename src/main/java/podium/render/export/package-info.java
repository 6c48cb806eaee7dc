/**
 * Stage 4, render: the programme as open data files (frab schedule XML/JSON, iCalendar, JSON).
 *
 * <p>May use: podium.diagnostic, podium.rules, podium.model, podium.assemble, podium.render.
 */
package podium.render.export;
