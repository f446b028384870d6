/** The calendar: the time zone that decides "today", and the holidays that are not business days. */
import { useState } from 'preact/hooks';
import { FIRST_CLAIM_DATE, isClaimDate, LAST_CLAIM_DATE } from '../../claim/business-days.ts';
import { MAX_HOLIDAYS } from '../../claim/lifecycle/schema.ts';
import type { SimulatorData } from '../../claim/lifecycle/simulator.ts';
import { TimeZoneSelect } from '../time-zone/TimeZoneSelect.tsx';
import type { LifecycleTexts } from './texts.ts';

interface CalendarPanelProps {
	readonly zone: string;
	readonly browserZone: string;
	/** Zones offered besides the browser's. */
	readonly timeZones: readonly string[];
	readonly today: string;
	readonly holidays: readonly string[];
	readonly texts: LifecycleTexts;
	readonly onChange: (change: Partial<Pick<SimulatorData, 'holidays' | 'timeZone'>>) => void;
}

export function CalendarPanel({ zone, browserZone, timeZones, today, holidays, texts: { t, date }, onChange }: CalendarPanelProps) {
	const [holidayInput, setHolidayInput] = useState('');
	const addHoliday = () => {
		if (!isClaimDate(holidayInput) || holidays.length >= MAX_HOLIDAYS) return;
		onChange({ holidays: [...holidays, holidayInput] });
		setHolidayInput('');
	};
	return (
		<details class="lc-calendar">
			<summary>
				{t('lifecycle.ui.calendarSummary', {
					heading: t('lifecycle.ui.calendarHeading'),
					today: t('lifecycle.ui.today', { date: date(today) }),
				})}
				{holidays.length > 0 ? ` · ${t('lifecycle.ui.holidayCount', { count: holidays.length })}` : ''}
			</summary>
			<p>
				<TimeZoneSelect
					id="lc-zone"
					label={t('lifecycle.ui.timeZone')}
					zone={zone}
					browserZone={browserZone}
					zones={timeZones}
					browserLabel={(candidate) => t('lifecycle.ui.browserZone', { zone: candidate })}
					onChange={(timeZone) => onChange({ timeZone })}
				/>
			</p>
			<fieldset>
				<legend>{t('lifecycle.ui.holidays')}</legend>
				{holidays.length === 0 ? (
					<p>{t('lifecycle.ui.noHolidays')}</p>
				) : (
					<ul class="lc-holidays">
						{holidays.map((holiday) => (
							<li>
								<time dateTime={holiday}>{date(holiday)}</time>{' '}
								<button type="button" onClick={() => onChange({ holidays: holidays.filter((other) => other !== holiday) })}>
									{t('lifecycle.ui.removeHoliday', { date: date(holiday) })}
								</button>
							</li>
						))}
					</ul>
				)}
				<p>
					<label for="lc-holiday">{t('lifecycle.ui.holidayDate')}</label>{' '}
					<input
						id="lc-holiday"
						type="date"
						min={FIRST_CLAIM_DATE}
						max={LAST_CLAIM_DATE}
						value={holidayInput}
						onInput={(e) => setHolidayInput(e.currentTarget.value)}
					/>{' '}
					<button type="button" onClick={addHoliday} disabled={!isClaimDate(holidayInput) || holidays.length >= MAX_HOLIDAYS}>
						{t('lifecycle.ui.addHoliday')}
					</button>
				</p>
			</fieldset>
		</details>
	);
}
