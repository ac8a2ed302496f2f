// Calendar dates in the Netherlands, the one place that turns a moment into a Dutch calendar day.

/** Made once: building an Intl.DateTimeFormat costs about a millisecond, formatting with it microseconds. */
const AMSTERDAM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' })

/** The ISO date (`2026-03-01`) of a moment in the Netherlands (Europe/Amsterdam, summer time included). */
export const dateInNetherlands = (moment: Date) => AMSTERDAM_DATE.format(moment)
