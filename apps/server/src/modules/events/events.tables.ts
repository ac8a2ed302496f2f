import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { activities, activityRuns } from '../points/points.accreditation.tables.ts'

/** Lezing, training, congres, Dag van de Uitvoering, webinar (Dutch labels in events.messages.ts). */
export const EVENT_TYPES = ['lecture', 'training', 'congress', 'service-delivery-day', 'webinar'] as const
export type EventType = (typeof EVENT_TYPES)[number]

/** The 12 Dutch provinces, as the UI shows them. */
export const PROVINCES = [
  'Drenthe',
  'Flevoland',
  'Friesland',
  'Gelderland',
  'Groningen',
  'Limburg',
  'Noord-Brabant',
  'Noord-Holland',
  'Overijssel',
  'Utrecht',
  'Zeeland',
  'Zuid-Holland',
] as const
export type Province = (typeof PROVINCES)[number]

export const EVENT_STATES = ['published', 'cancelled'] as const
export type EventState = (typeof EVENT_STATES)[number]

/**
 * A sign-up's life: `confirmed` (has a place), `waiting` (on the waiting list, in `sequence` order), `offered` (a
 * freed place is held for 48 hours until the person confirms), `cancelled` (by the person, or with the event),
 * `expired` (an offer not confirmed in time). Check-in, no-show and the ticket are added as columns of a confirmed row.
 */
export const SIGN_UP_STATES = ['confirmed', 'waiting', 'offered', 'cancelled', 'expired'] as const
export type SignUpState = (typeof SIGN_UP_STATES)[number]
/**
 * Why a sign-up ended: `self` (afgemeld), `event` (the event was cancelled), `offer-expired`, `erased` (the person's
 * data was erased on their request: their sign-ups for events not yet started end and the places go to the waiting
 * list).
 */
export const SIGN_UP_END_REASONS = ['self', 'event', 'offer-expired', 'erased'] as const
/** States that hold a place (count against the capacity). */
export const PLACE_HOLDING_STATES = ['confirmed', 'offered'] as const

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })
const moment = () => timestamp({ withTimezone: true, mode: 'date' })

/**
 * An event in the agenda, published by provider staff. `placesTaken` counts confirmed and offered sign-ups; it is
 * changed only while the row is locked (`FOR UPDATE`) and the check constraint refuses any overbooking.
 */
export const events = pgTable(
  'events',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    title: text().notNull(),
    type: text({ enum: EVENT_TYPES }).notNull(),
    description: text().notNull(),
    speakers: text().array().notNull().default(sql`'{}'::text[]`),
    startsAt: moment().notNull(),
    endsAt: moment().notNull(),
    online: boolean().notNull().default(false),
    /** The meeting link: only for confirmed sign-ups and the organiser, never in a public answer. */
    onlineUrl: text().notNull().default(''),
    locationName: text().notNull().default(''),
    address: text().notNull().default(''),
    province: text({ enum: PROVINCES }),
    accessibility: text().notNull().default(''),
    capacity: integer().notNull(),
    signUpDeadline: moment().notNull(),
    /** Professions the event is meant for. */
    audience: text().array().notNull().default(sql`'{}'::text[]`),
    priceInfo: text().notNull().default(''),
    /** Optional: the accredited activity and its run this event is (checked through the points module). */
    activityId: uuid().references(() => activities.id),
    runId: uuid().references(() => activityRuns.id),
    state: text({ enum: EVENT_STATES }).notNull().default('published'),
    cancelledAt: moment(),
    cancelReason: text().notNull().default(''),
    placesTaken: integer().notNull().default(0),
    /** The last arrival number handed out; each sign-up takes the next (arrival order, also of the waiting list). */
    lastSequence: integer().notNull().default(0),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(description, '')), 'B')`,
      ),
    createdById: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: moment().notNull().defaultNow(),
    updatedAt: moment().notNull().defaultNow(),
  },
  (t) => [
    index('events_state_starts_idx').on(t.state, t.startsAt, t.id),
    index('events_organisation_idx').on(t.organisationId, t.startsAt),
    index('events_province_idx').on(t.province, t.startsAt).where(sql`${t.state} = 'published'`),
    index('events_type_idx').on(t.type, t.startsAt).where(sql`${t.state} = 'published'`),
    index('events_activity_idx').on(t.activityId).where(sql`${t.activityId} is not null`),
    index('events_search_idx').using('gin', t.search),
    index('events_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    check('events_time_order', sql`${t.endsAt} > ${t.startsAt}`),
    check('events_max_duration', sql`${t.endsAt} <= ${t.startsAt} + interval '14 days'`),
    check('events_deadline', sql`${t.signUpDeadline} <= ${t.startsAt}`),
    check('events_capacity', sql`${t.capacity} >= 1`),
    check('events_places', sql`${t.placesTaken} >= 0 and ${t.placesTaken} <= ${t.capacity}`),
    check('events_place_or_online', sql`${t.online} or (${t.locationName} <> '' and ${t.province} is not null)`),
    check('events_run_with_activity', sql`${t.runId} is null or ${t.activityId} is not null`),
  ],
)

/** One person's sign-up (aanmelding) for an event; a person has at most one active sign-up per event. */
export const eventSignUps = pgTable(
  'event_sign_ups',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    state: text({ enum: SIGN_UP_STATES }).notNull(),
    /** Arrival number within the event: the waiting list is in this order. */
    sequence: integer().notNull(),
    signedUpAt: moment().notNull(),
    confirmedAt: moment(),
    offeredAt: moment(),
    offerExpiresAt: moment(),
    endedAt: moment(),
    /** Why a sign-up ended (SIGN_UP_END_REASONS). */
    endReason: text({ enum: SIGN_UP_END_REASONS }),
  },
  (t) => [
    uniqueIndex('event_sign_ups_one_active_uq')
      .on(t.eventId, t.userId)
      .where(sql`${t.state} in ('confirmed', 'waiting', 'offered')`),
    uniqueIndex('event_sign_ups_sequence_uq').on(t.eventId, t.sequence),
    index('event_sign_ups_user_idx').on(t.userId, t.signedUpAt),
    index('event_sign_ups_offers_idx').on(t.offerExpiresAt).where(sql`${t.state} = 'offered'`),
    check('event_sign_ups_offer', sql`${t.state} <> 'offered' or ${t.offerExpiresAt} is not null`),
  ],
)

/** The reminder the day before, at most one per sign-up (the primary key; inserted with ON CONFLICT DO NOTHING). */
export const eventReminders = pgTable('event_reminders', {
  signUpId: uuid()
    .primaryKey()
    .references(() => eventSignUps.id),
  sentAt: moment().notNull(),
})

/** A person's secret URL for the calendar feed of their own sign-ups: only the SHA-256 of the token is stored. */
export const calendarFeedTokens = pgTable(
  'calendar_feed_tokens',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    createdAt: moment().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId] }), uniqueIndex('calendar_feed_tokens_hash_uq').on(t.tokenHash)],
)
