import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AgendaPage, createEvent, MY_SIGN_UPS_PATH } from '../pages/agenda.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

const PHONE = { width: 360, height: 740 }

/** Logs in (on a desktop-wide page, where the log-out button shows) and then turns the page into a phone. */
async function personOnAPhone(role: RegExp) {
  const page = await world.newPage()
  await new LogInPage(page).logInAs(demoLogin(role))
  await page.setViewportSize(PHONE)
  return new AgendaPage(page)
}

describe('the agenda on a phone: a place, the waiting list, cancelling and an offered place', () => {
  it('the second person lands on the waiting list, gets the place when the first cancels, and confirms it', async () => {
    const providerPage = await world.newPage()
    await new LogInPage(providerPage).logInAs(demoLogin(/opleider \(hogeschool\)/i))
    const provider = await (await providerPage.request.get('/api/v1/me')).json()
    const organisationId: string = provider.memberships.find(
      (m: { role: string }) => m.role === 'provider_staff',
    ).organisationId
    const event = await createEvent(providerPage, organisationId, provider.session.csrfToken)

    // The first professional finds the event by searching and takes the one place.
    const first = await personOnAPhone(/professional \(klantmanager\)/i)
    await first.page.goto('/agenda')
    await first.main.getByRole('searchbox', { name: /zoeken/i }).fill(event.title.split(' ').at(-1)!)
    await first.main.getByRole('button', { name: /^zoeken$/i }).click()
    await first.page.waitForURL(/\/agenda\?zoek=/)
    await first.eventLink(event.title).click()
    await first.heading.filter({ hasText: event.title }).waitFor()
    await first.main
      .getByText(/nog 1 plaats vrij/i)
      .first()
      .waitFor()
    await first.signUp()
    await first.main.getByText(/gelukt\. je bent aangemeld en je hebt een plaats/i).waitFor()

    // The second (the employer manager, also a person with an account) sees "vol — wachtlijst" and joins it.
    const second = await personOnAPhone(/werkgever/i)
    await second.page.goto(`/agenda/${event.eventId}`)
    await second.main
      .getByText(/vol — wachtlijst/i)
      .first()
      .waitFor()
    await second.main.getByRole('button', { name: /^aanmelden voor de wachtlijst$/i }).click()
    await second.main.getByText(/je staat op de wachtlijst op nummer 1/i).waitFor()
    await second.page.goto(MY_SIGN_UPS_PATH)
    const waiting = second.main.getByRole('table', { name: /wachtlijst/i })
    await expect.poll(() => waiting.getByRole('row').filter({ hasText: event.title }).innerText()).toMatch(/\b1$/)

    // The first cancels, after the confirmation step; the place is offered to the second.
    await first.page.reload()
    await first.main.getByText(/^afmelden$/i).click()
    await first.main.getByRole('button', { name: /^ja, meld mij af$/i }).click()
    await first.main.getByText(/^je bent afgemeld\.$/i).waitFor()
    await first.main.getByRole('button', { name: /^aanmelden voor de wachtlijst$/i }).waitFor()

    await second.page.reload()
    const offered = second.main.getByRole('table', { name: /aangeboden plaatsen/i })
    await offered.getByRole('row').filter({ hasText: event.title }).waitFor()
    await offered.getByRole('button', { name: new RegExp(`bevestigen plaats bij ${event.title}`, 'i') }).click()
    await second.main.getByText(/gelukt\. je plaats is bevestigd/i).waitFor()
    const places = second.main.getByRole('table', { name: /een plaats hebt/i })
    await places.getByRole('row').filter({ hasText: event.title }).waitFor()

    // The link of the offer mail now says the place is confirmed.
    const mine = await (await second.page.request.get('/api/v1/me/event-sign-ups')).json()
    const signUpId = mine.items.find((s: { event: { id: string } }) => s.event.id === event.eventId).id
    await second.page.goto(`/agenda/aanmeldingen/${signUpId}/bevestigen`)
    await second.main.getByText(/je plaats is bevestigd\. tot dan/i).waitFor()
    expect(await second.hasHorizontalScroll(), 'no sideways scrolling at 360 px').toBe(false)
  }, 240_000)
})
