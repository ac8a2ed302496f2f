import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { type Locale, setApiLanguage } from '../lib/api.ts'
import { en } from './en.ts'
import { nl } from './nl.ts'

export const LOCALES: readonly Locale[] = ['nl', 'en']
const STORAGE_KEY = 'vakregister.locale'

export const isLocale = (value: unknown): value is Locale => value === 'nl' || value === 'en'

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return isLocale(value) ? value : 'nl'
  } catch {
    return 'nl'
  }
}

/** Keeps <html lang>, the API's Accept-Language and the stored choice in step with the UI language. */
function applyLocale(locale: string) {
  const lang: Locale = isLocale(locale) ? locale : 'nl'
  document.documentElement.lang = lang
  setApiLanguage(lang)
  try {
    window.localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // private mode: the choice lasts for this page only
  }
}

i18next.on('languageChanged', applyLocale)

export const i18nReady = i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: 'nl',
  supportedLngs: LOCALES,
  interpolation: { escapeValue: false },
  returnNull: false,
})

export const currentLocale = (): Locale => (isLocale(i18next.language) ? i18next.language : 'nl')

export { i18next }
