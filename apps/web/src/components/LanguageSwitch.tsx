import { useTranslation } from 'react-i18next'
import { api, type Locale } from '../lib/api.ts'
import { useMe, useSetMe } from '../lib/session.ts'

const NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' }

/** Switches the UI between Dutch and English; when logged in, the choice is saved on the account (PATCH /me). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const { data: me } = useMe()
  const setMe = useSetMe()
  const next: Locale = i18n.language === 'en' ? 'nl' : 'en'

  async function switchLanguage() {
    await i18n.changeLanguage(next)
    if (me && me.session.mfaState !== 'pending') {
      try {
        setMe(await api.updateMe({ locale: next }))
      } catch {
        // The UI already switched; saving the preference can wait until the next change.
      }
    }
  }

  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--subtle vr-language-switch"
      onClick={switchLanguage}
      aria-label={t('language.switchTo', { language: NAMES[next], lng: next })}
      lang={next}
    >
      {NAMES[next]}
    </button>
  )
}
