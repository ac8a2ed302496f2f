import type { Locator, Page } from 'playwright-core'
import { BasePage } from './base.page.ts'
import type { PublicPage } from './site-map.ts'

export const AGENDA_PATH = '/agenda'
export const MY_SIGN_UPS_PATH = '/mijn-aanmeldingen'

/** An event the journeys create, as the organiser enters it. */
export interface NewEvent {
  eventId: string
  title: string
  /** JJJJ-MM of its start (for the month view). */
  month: string
}

/** The agenda's pages as a visitor and a professional use them. */
export class AgendaPage extends BasePage {
  eventLink(title: string): Locator {
    return this.main.getByRole('link', { name: title })
  }

  get signUpButton(): Locator {
    return this.main.getByRole('button', {
      name: /^(aanmelden|aanmelden voor de wachtlijst|sign up|join the waiting list)$/i,
    })
  }

  /** The outcome or the state of one's own sign-up on the event page. */
  get mySignUpState(): Locator {
    return this.main.getByText(
      /je bent aangemeld|je staat op de wachtlijst|you have signed up|you are on the waiting list/i,
    )
  }

  /** Signs up on the event page (when not signed up yet) and waits until the page shows the state. */
  async signUp() {
    await this.signUpButton.or(this.mySignUpState).first().waitFor()
    if (await this.signUpButton.isVisible()) await this.signUpButton.click()
    await this.mySignUpState.first().waitFor()
  }

  /** Searches with the form's points field and submits. */
  async searchMinPoints(value: string) {
    await this.main.getByLabel(/minimaal aantal pe-punten|minimum number of cpd points/i).fill(value)
    await this.main.getByRole('button', { name: /^(zoeken|search)$/i }).click()
  }

  /** Makes a new personal calendar link (after the confirmation step) and waits for it. */
  async makeCalendarLink() {
    await this.main.getByText(/^(maak een agenda-link|make a calendar link)$/i).click()
    await this.main.getByRole('button', { name: /^(maak een nieuwe link|make a new link)$/i }).click()
    await this.main.getByLabel(/je geheime agenda-link|your secret calendar link/i).waitFor()
  }
}

/**
 * Creates a published event through the API as the logged-in provider staff member (with capacity 1, in about
 * three weeks, on location with accessibility information).
 */
export async function createEvent(page: Page, organisationId: string, csrfToken: string): Promise<NewEvent> {
  const day = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10)
  const title = `Schulden en werk: de brede intake ${Date.now()}`
  const response = await page.request.post(`/api/v1/organisations/${organisationId}/events`, {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      title,
      type: 'lecture',
      description: 'Een lezing over de brede intake.\n\nMet voorbeelden uit de praktijk van klantmanagers.',
      speakers: ['Dr. A. de Vries, lector schuldhulpverlening'],
      startsAtLocal: `${day}T10:00`,
      endsAtLocal: `${day}T12:30`,
      online: false,
      locationName: 'Stadskantoor Utrecht',
      address: 'Stadsplateau 1, 3521 AZ Utrecht',
      province: 'Utrecht',
      accessibility: 'Rolstoeltoegankelijk, ringleiding in de zaal.',
      capacity: 1,
      audience: ['klantmanager'],
      priceInfo: 'Gratis',
    },
  })
  if (response.status() !== 201)
    throw new Error(`creating an event gave ${response.status()}: ${await response.text()}`)
  const event = (await response.json()) as { id: string }
  return { eventId: event.id, title, month: day.slice(0, 7) }
}

/** The public agenda: the list, the search form with an error, the month view and one event (not logged in). */
export function agendaPublicPages(event: NewEvent): PublicPage[] {
  const agenda = { nl: /^agenda$/i, en: /^events$/i }
  const one = { nl: new RegExp(`^${event.title}$`), en: new RegExp(`^${event.title}$`) }
  return [
    {
      path: AGENDA_PATH,
      label: 'agenda (lijst)',
      heading: agenda,
      settle: (page) => new AgendaPage(page).eventLink(event.title).first().waitFor(),
    },
    {
      path: AGENDA_PATH,
      label: 'agenda (zoeken met een fout)',
      heading: agenda,
      settle: async (page) => {
        const agendaPage = new AgendaPage(page)
        await agendaPage.searchMinPoints('veel')
        await page.locator('#agenda-filter-errors').waitFor()
      },
    },
    {
      path: `${AGENDA_PATH}?weergave=maand&maand=${event.month}`,
      label: 'agenda (per maand)',
      heading: agenda,
      settle: (page) => new AgendaPage(page).eventLink(event.title).first().waitFor(),
    },
    {
      path: `${AGENDA_PATH}/${event.eventId}`,
      label: 'bijeenkomst (niet ingelogd)',
      heading: one,
      settle: (page) =>
        page
          .getByRole('main')
          .getByRole('link', { name: /^inloggen$/i })
          .waitFor(),
    },
  ]
}

/** A professional's agenda pages: signed up for the event (with the cancel step open), and my sign-ups. */
export function agendaProfessionalPages(event: NewEvent): PublicPage[] {
  const one = { nl: new RegExp(`^${event.title}$`), en: new RegExp(`^${event.title}$`) }
  return [
    {
      path: `${AGENDA_PATH}/${event.eventId}`,
      label: 'bijeenkomst (aangemeld, afmelden open)',
      heading: one,
      settle: async (page) => {
        await new AgendaPage(page).signUp()
        await page
          .getByRole('main')
          .getByText(/^afmelden$/i)
          .click()
      },
    },
    {
      path: MY_SIGN_UPS_PATH,
      label: 'mijn aanmeldingen (met een nieuwe agenda-link)',
      heading: { nl: /^mijn aanmeldingen$/i, en: /^my sign-ups$/i },
      settle: async (page) => {
        const agenda = new AgendaPage(page)
        await agenda.eventLink(event.title).first().waitFor()
        await agenda.makeCalendarLink()
      },
    },
  ]
}
