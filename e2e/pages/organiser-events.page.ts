import type { Locator, Page } from 'playwright-core'
import { BasePage } from './base.page.ts'
import type { PublicPage } from './site-map.ts'

/** An event as the organiser types it into the form: Dutch date (dd-mm-jjjj) and time (uu:mm). */
export interface EventFormInput {
  title: string
  type?: RegExp
  description: string
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  locationName: string
  address: string
  province: string
  accessibility?: string
  capacity: string
  /** The accredited activity and run, as the select lists show them. */
  activity?: RegExp
  run?: RegExp
}

/**
 * The provider's event pages: /aanbieder/:organisationId/bijeenkomsten (list, new, one event, change) and
 * …/:eventId/binnenkomst (check-in at the door).
 */
export class OrganiserEventsPage extends BasePage {
  /** Follows "Bijeenkomsten <organisation>" in the main navigation. */
  async openFromNavigation(organisation: RegExp) {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: new RegExp(`^(bijeenkomsten|events) ${organisation.source}`, 'i') })
      .click()
    await this.heading.filter({ hasText: /^(bijeenkomsten|events) /i }).waitFor()
  }

  get eventsTable(): Locator {
    return this.main.getByRole('table', { name: /^(jullie bijeenkomsten|your events)/i })
  }

  async startNewEvent() {
    await this.main.getByRole('link', { name: /^(nieuwe bijeenkomst|new event)$/i }).click()
    await this.heading.filter({ hasText: /^(nieuwe bijeenkomst|new event)$/i }).waitFor()
  }

  get form(): Locator {
    return this.main.getByRole('form', { name: /^(publiceren|publish|wijzigingen opslaan|save changes)$/i })
  }

  /** A date or time field inside the group of "Begin", "Einde" or "Aanmelden kan tot". */
  private when(group: RegExp, part: RegExp): Locator {
    return this.form.getByRole('group', { name: group }).getByLabel(part)
  }

  async fillEvent(input: EventFormInput) {
    const form = this.form
    await form.getByLabel(/^(titel|title)/i).fill(input.title)
    if (input.type)
      await form.getByLabel(/^(soort bijeenkomst|kind of event)/i).selectOption({ label: input.type.source })
    await form.getByLabel(/^(beschrijving|description)/i).fill(input.description)
    await this.when(/^(begin|start)$/i, /^(datum|date)/i).fill(input.startDate)
    await this.when(/^(begin|start)$/i, /^(tijd|time)/i).fill(input.startTime)
    await this.when(/^(einde|end)$/i, /^(datum|date)/i).fill(input.endDate)
    await this.when(/^(einde|end)$/i, /^(tijd|time)/i).fill(input.endTime)
    await form.getByLabel(/^(naam van de locatie|name of the venue)/i).fill(input.locationName)
    await form.getByLabel(/^(adres|address)/i).fill(input.address)
    await form.getByLabel(/^(provincie|province)/i).selectOption(input.province)
    if (input.accessibility) await form.getByLabel(/^(toegankelijkheid|accessibility)/i).fill(input.accessibility)
    await form.getByLabel(/^(aantal plaatsen|number of places)/i).fill(input.capacity)
    if (input.activity) {
      await this.chooseOption(form.getByLabel(/^(geaccrediteerde activiteit|accredited activity)/i), input.activity)
      if (input.run) await this.chooseOption(form.getByLabel(/^(uitvoering|run)$/i), input.run)
    }
  }

  /** Chooses the option whose text matches (waits until the options have loaded). */
  private async chooseOption(select: Locator, option: RegExp) {
    const wanted = select.locator('option').filter({ hasText: option }).first()
    await wanted.waitFor({ state: 'attached' })
    await select.selectOption((await wanted.getAttribute('value'))!)
  }

  async submitEvent() {
    await this.form.getByRole('button', { name: /^(publiceren|publish|wijzigingen opslaan|save changes)$/i }).click()
  }

  /** The error summary of the event form, with one line per wrong field. */
  get errorSummaryLines(): Locator {
    return this.main.locator('#error-summary li')
  }

  /** The id of the event whose organiser page is open. */
  eventIdFromUrl(): string {
    const match = /\/bijeenkomsten\/([0-9a-f-]{36})/.exec(this.page.url())
    if (!match) throw new Error(`not on an event's organiser page: ${this.page.url()}`)
    return match[1]!
  }

  async openCheckIn() {
    await this.main.getByRole('link', { name: /^(aanmelden bij binnenkomst|check-in at the door)$/i }).click()
    await this.heading.filter({ hasText: /^(aanmelden bij binnenkomst|check-in at the door)$/i }).waitFor()
  }

  /** Types a ticket code on the check-in page and sends it. */
  async checkInByCode(code: string) {
    await this.main.getByLabel(/^(ticketcode|ticket code)/i).fill(code)
    await this.main
      .getByRole('form', { name: /^(aanmelden met de ticketcode|check in with the ticket code)$/i })
      .getByRole('button', { name: /^(aanmelden|check in)$/i })
      .click()
  }

  /** Writes the mail to everyone with a place, goes on to the confirmation step and sends it. */
  async mailEveryone(subject: string, text: string) {
    const form = this.main.getByRole('form', {
      name: /^(mail aan iedereen die zich aanmeldde|mail everyone who signed up)$/i,
    })
    await form.getByLabel(/^(onderwerp|subject)/i).fill(subject)
    await form.getByLabel(/^(tekst|text)/i).fill(text)
    await form.getByRole('button', { name: /^(verder|next)$/i }).click()
    await this.main.getByRole('button', { name: /^(ja, verstuur de mail|yes, send the mail)$/i }).click()
  }

  /** The check-in table on one event's organiser page. */
  get checkInsTable(): Locator {
    return this.main.getByRole('table', { name: /^(aanmeldingen bij binnenkomst|check-ins)$/i })
  }

  /** Opens "Terugdraaien: <name>" in the person's row, gives the reason and confirms. */
  async undoCheckIn(name: string, reason: string) {
    const row = this.checkInsTable.getByRole('row').filter({ hasText: name })
    await row.getByText(/^(terugdraaien|undo): /i).click()
    await row.getByLabel(/^(reden|reason)/i).fill(reason)
    await row.getByRole('button', { name: /^(ja, draai terug|yes, undo)$/i }).click()
  }

  /** The live region that announces every check-in result. */
  get result(): Locator {
    return this.main.locator('.vr-organiser-events__result')
  }

  get checkInList(): Locator {
    return this.main.getByRole('table', { name: /^(iedereen met een plaats|everyone with a place)/i })
  }
}

/**
 * The organiser's pages for one event made by `createEvent` (3 weeks ahead, so check-in is not open yet), for the
 * axe scan of every page: the list, the empty form with its errors, one event with the mail's confirmation step and
 * the cancel step open, the change form, and the check-in page with an empty code.
 */
export function organiserEventPages(
  organisationId: string,
  eventId: string,
  title: string,
  online: { eventId: string; title: string },
  toCancel: { eventId: string; title: string },
): PublicPage[] {
  const base = `/aanbieder/${organisationId}/bijeenkomsten`
  const one = { nl: new RegExp(`^${title}$`), en: new RegExp(`^${title}$`) }
  const newEvent = { nl: /^nieuwe bijeenkomst$/i, en: /^new event$/i }
  const checkIn = { nl: /^aanmelden bij binnenkomst$/i, en: /^check-in at the door$/i }
  return [
    {
      path: base,
      label: 'bijeenkomsten (aanbieder)',
      heading: { nl: /^bijeenkomsten /i, en: /^events /i },
      settle: (page) => page.getByRole('main').getByRole('link', { name: title }).waitFor(),
    },
    { path: `${base}/nieuw`, label: 'nieuwe bijeenkomst', heading: newEvent },
    {
      path: `${base}/nieuw`,
      label: 'nieuwe bijeenkomst (alle fouten)',
      heading: newEvent,
      settle: async (page) => {
        const organiser = new OrganiserEventsPage(page)
        await organiser.submitEvent()
        await organiser.errorSummaryLines.first().waitFor()
      },
    },
    {
      path: `${base}/${eventId}`,
      label: 'bijeenkomst (aanbieder, mail en annuleren open)',
      heading: one,
      settle: async (page) => {
        const main = page.getByRole('main')
        await main.getByRole('table', { name: /^wie een plaats heeft$/i }).waitFor()
        await main.getByLabel(/^onderwerp/i).fill('Parkeren')
        await main.getByLabel(/^tekst/i).fill('Parkeer bij het station.')
        await main.getByRole('button', { name: /^verder$/i }).click()
        await main.getByRole('button', { name: /^ja, verstuur de mail$/i }).waitFor()
        await main.getByText(/^bijeenkomst annuleren$/i).click()
        await main.getByRole('button', { name: /^ja, annuleer de bijeenkomst$/i }).waitFor()
      },
    },
    {
      path: `${base}/${online.eventId}`,
      label: 'online bijeenkomst (aanbieder, trefwoord gemaakt)',
      heading: { nl: new RegExp(`^${online.title}$`), en: new RegExp(`^${online.title}$`) },
      settle: async (page) => {
        const main = page.getByRole('main')
        await main.getByRole('button', { name: /^maak een trefwoord$/i }).click()
        await main.getByText(/^het trefwoord is: \S+/i).waitFor()
      },
    },
    {
      path: `${base}/${toCancel.eventId}`,
      label: 'bijeenkomst geannuleerd (aanbieder)',
      heading: { nl: new RegExp(`^${toCancel.title}$`), en: new RegExp(`^${toCancel.title}$`) },
      settle: async (page) => {
        const main = page.getByRole('main')
        await main.getByText(/^bijeenkomst annuleren$/i).click()
        await main.getByRole('button', { name: /^ja, annuleer de bijeenkomst$/i }).click()
        await main.locator('#cancel-event-errors').waitFor()
        await main.getByLabel(/^reden van de annulering/i).fill('De spreker is ziek.')
        await main.getByRole('button', { name: /^ja, annuleer de bijeenkomst$/i }).click()
        const notice = main.getByText(/^deze bijeenkomst is geannuleerd\. reden: de spreker is ziek\.$/i)
        await notice.waitFor()
        if (!(await page.evaluate(() => document.activeElement?.classList.contains('vr-organiser-events__done'))))
          throw new Error('after cancelling, the notice does not have focus')
      },
    },
    {
      path: `${base}/${eventId}/wijzigen`,
      label: 'bijeenkomst wijzigen',
      heading: { nl: /^bijeenkomst wijzigen$/i, en: /^change event$/i },
      settle: (page) => expectFilledIn(page.getByRole('main').getByLabel(/^titel/i)),
    },
    {
      path: `${base}/${eventId}/binnenkomst`,
      label: 'aanmelden bij binnenkomst (lege code)',
      heading: checkIn,
      settle: async (page) => {
        const main = page.getByRole('main')
        await main.getByRole('table', { name: /^iedereen met een plaats/i }).waitFor()
        await main
          .getByRole('form', { name: /^aanmelden met de ticketcode$/i })
          .getByRole('button', { name: /^aanmelden$/i })
          .click()
        await page.locator('#error-summary').waitFor()
      },
    },
  ]
}

async function expectFilledIn(field: Locator) {
  await field.waitFor()
  if (!(await field.inputValue())) throw new Error('the change form is not filled in with the event')
}

/** Creates a published online event through the API (about three weeks ahead), for the keyword part of the page. */
export async function createOnlineEvent(page: Page, organisationId: string, csrfToken: string) {
  const day = new Date(Date.now() + 22 * 86_400_000).toISOString().slice(0, 10)
  const title = `Webinar Participatiewet ${Date.now()}`
  const response = await page.request.post(`/api/v1/organisations/${organisationId}/events`, {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      title,
      type: 'webinar',
      description: 'Een webinar over de Participatiewet.',
      startsAtLocal: `${day}T14:00`,
      endsAtLocal: `${day}T15:00`,
      online: true,
      onlineUrl: 'https://meet.example.org/participatiewet',
      capacity: 100,
    },
  })
  if (response.status() !== 201) throw new Error(`creating an online event gave ${response.status()}`)
  return { eventId: ((await response.json()) as { id: string }).id, title }
}
