/** Stage 4, render: the programme as open data files (frab schedule XML/JSON, iCalendar, JSON). */
package podium.render.export;
