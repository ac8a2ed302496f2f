import { PageFooter, SkipLink } from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, useLocation } from 'react-router'
import { LanguageSwitch } from '../components/LanguageSwitch.tsx'
import { requestHeadingFocus } from '../components/PageHeading.tsx'
import { isLocale } from '../i18n/index.ts'
import { useMe } from '../lib/session.ts'
import { MainNav } from './MainNav.tsx'

function Logo() {
  const { t } = useTranslation()
  return (
    <Link to="/" className="vr-logo">
      <svg className="vr-logo__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="6" />
        <path d="M8 8h4.2L16 19.6 19.8 8H24l-6 16h-4z" />
      </svg>
      <span className="vr-logo__text">
        <span className="vr-logo__name">{t('app.name')}</span>
        <span className="vr-logo__tagline">{t('app.tagline')}</span>
      </span>
    </Link>
  )
}

/** Skip link, header with logo, language switch and navigation, the page in <main>, footer. */
export function AppShell() {
  const { t, i18n } = useTranslation()
  const { data: me } = useMe()
  const location = useLocation()
  const firstRender = useRef(true)

  // On a route change the new page's h1 takes focus (not on the first load) and the view goes to the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page (pathname), by design
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    window.scrollTo(0, 0)
    // Effects run child-first, so the new page is mounted now; a page still loading focuses its h1 when it appears.
    const heading = document.getElementById('page-heading')
    if (heading) heading.focus()
    else requestHeadingFocus()
  }, [location.pathname])

  // The account's saved language wins once it is known.
  const savedLocale = me?.locale
  useEffect(() => {
    if (isLocale(savedLocale) && savedLocale !== i18n.language) void i18n.changeLanguage(savedLocale)
  }, [savedLocale, i18n])

  const loggedIn = !!me && me.session.mfaState !== 'pending'

  return (
    <div className="vr-app">
      <SkipLink href="#main-content" className="vr-skip-link">
        {t('nav.skipToContent')}
      </SkipLink>
      <header className="vr-header">
        <div className="vr-header__bar">
          <Logo />
          <div className="vr-header__tools">
            {loggedIn && (
              <span className="vr-header__user">
                {t('nav.loggedInAs', { name: `${me.givenName} ${me.familyName}` })}
              </span>
            )}
            <LanguageSwitch />
          </div>
        </div>
        <MainNav me={me} />
      </header>
      <main id="main-content" className="vr-main" tabIndex={-1}>
        <div className="vr-main__inner">
          <Outlet />
        </div>
      </main>
      <PageFooter className="vr-footer">
        <div className="vr-footer__inner">
          <p className="vr-footer__name">{t('app.name')}</p>
          <nav aria-label={t('footer.label')}>
            <ul className="vr-footer__links">
              <li>
                <Link to="/toegankelijkheid">{t('footer.accessibility')}</Link>
              </li>
              <li>
                <Link to="/privacy">{t('footer.privacy')}</Link>
              </li>
              <li>
                <Link to="/contact">{t('footer.contact')}</Link>
              </li>
            </ul>
          </nav>
          <p className="vr-footer__note">{t('footer.note')}</p>
        </div>
      </PageFooter>
    </div>
  )
}
