import type { Page } from 'playwright-core'
import { BasePage } from './base.page.ts'
import { ResetPasswordPage } from './password-reset.page.ts'

/** One page of the web app as a visitor reaches it by address, with its h1 in Dutch and in English. */
export interface PublicPage {
  path: string
  label: string
  heading: { nl: RegExp; en: RegExp }
  /** Brings the page into the state to scan (e.g. the error after submitting a bad reset link). */
  settle?: (page: Page) => Promise<void>
}

/** Every page a visitor without an account can reach, including the error states of bad mail links and a 404. */
export const PUBLIC_PAGES: PublicPage[] = [
  { path: '/', label: 'home', heading: { nl: /het register voor jouw vak/i, en: /the register for your profession/i } },
  { path: '/aanmelden', label: 'aanmelden', heading: { nl: /^account maken$/i, en: /^create account$/i } },
  { path: '/inloggen', label: 'inloggen', heading: { nl: /^inloggen$/i, en: /^log in$/i } },
  {
    path: '/wachtwoord-vergeten',
    label: 'wachtwoord vergeten',
    heading: { nl: /^wachtwoord vergeten$/i, en: /^forgot password$/i },
  },
  {
    path: '/wachtwoord-herstellen?token=deze-link-is-ongeldig',
    label: 'wachtwoord herstellen (ongeldige link, na versturen)',
    heading: { nl: /^nieuw wachtwoord kiezen$/i, en: /^choose a new password$/i },
    settle: (page) => new ResetPasswordPage(page).submitExpectingError('Een-lang-en-sterk-wachtwoord-2025'),
  },
  {
    path: '/wachtwoord-herstellen',
    label: 'wachtwoord herstellen (link zonder code)',
    heading: { nl: /^nieuw wachtwoord kiezen$/i, en: /^choose a new password$/i },
  },
  {
    path: '/verifieren?token=deze-link-is-ongeldig',
    label: 'verifiëren (ongeldige link)',
    heading: { nl: /^deze link werkt niet$/i, en: /^this link does not work$/i },
  },
  {
    path: '/toegankelijkheid',
    label: 'toegankelijkheid',
    heading: { nl: /^toegankelijkheid$/i, en: /^accessibility$/i },
  },
  { path: '/privacy', label: 'privacy', heading: { nl: /^privacy$/i, en: /^privacy$/i } },
  { path: '/contact', label: 'contact', heading: { nl: /^contact$/i, en: /^contact$/i } },
  {
    path: '/deze-pagina-bestaat-niet',
    label: '404',
    heading: { nl: /^deze pagina bestaat niet$/i, en: /^this page does not exist$/i },
  },
]

/** Opens a page by its address and waits for its h1 in the given language (and its settled state). */
export async function openPublicPage(page: Page, entry: PublicPage, lang: 'nl' | 'en' = 'nl'): Promise<BasePage> {
  const base = new BasePage(page)
  await page.goto(entry.path)
  await page.getByRole('heading', { level: 1, name: entry.heading[lang] }).waitFor()
  await entry.settle?.(page)
  return base
}
