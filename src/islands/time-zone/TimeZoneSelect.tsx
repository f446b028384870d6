/**
 * The time-zone picker of the simulators: the browser's zone first (labelled as the browser's), then the
 * offered zones. Choosing the browser's zone gives `null` (the reader follows the browser wherever it is). The
 * label holds the select, so a picker needs no id (several simulators can share a page).
 */

interface TimeZoneSelectProps {
	/** The select's id, where a page links to it. */
	readonly id?: string;
	/** The label, in the page's language. */
	readonly label: string;
	/** The zone counted on now. */
	readonly zone: string;
	readonly browserZone: string;
	/** Zones offered besides the browser's. */
	readonly zones: readonly string[];
	/** The browser zone's option text (`{zone} (this browser)`). */
	readonly browserLabel: (zone: string) => string;
	readonly onChange: (zone: string | null) => void;
}

export function TimeZoneSelect({ id, label, zone, browserZone, zones, browserLabel, onChange }: TimeZoneSelectProps) {
	return (
		<label>
			{label}
			<br />
			<select id={id} value={zone} onChange={(e) => onChange(e.currentTarget.value === browserZone ? null : e.currentTarget.value)}>
				{[browserZone, ...zones.filter((candidate) => candidate !== browserZone)].map((candidate) => (
					<option value={candidate}>{candidate === browserZone ? browserLabel(candidate) : candidate}</option>
				))}
			</select>
		</label>
	);
}
