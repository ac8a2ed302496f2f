import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink, useNavigate } from 'react-router'
import { api, type Me } from '../lib/api.ts'
import { useForgetSessionAfterLogOut } from '../lib/session.ts'

interface Item {
  to: string
  label: string
}

/** What the navigation shows follows GET /me (session state and `permissions`), never rules copied from the server. */
function itemsFor(me: Me | null | undefined, t: (key: string) => string): Item[] {
  // The public register is for everyone, logged in or not.
  const items: Item[] = [
    { to: '/', label: t('nav.home') },
    { to: '/register', label: t('publicRegister.nav') },
    { to: '/activiteiten', label: t('accreditation.nav.catalogue') },
    { to: '/agenda', label: t('agenda.nav') },
  ]
  if (!me || me.session.mfaState === 'pending') {
    items.push({ to: '/inloggen', label: t('nav.logIn') }, { to: '/aanmelden', label: t('nav.signUp') })
    return items
  }
  if (me.session.mfaState === 'setup_required') {
    items.push({ to: '/account/tweestapsverificatie', label: t('nav.mfaSetup') })
    return items
  }
  items.push({ to: '/inschrijven', label: t('application.nav') })
  items.push({ to: '/mijn-aanvragen', label: t('application.navMine') })
  items.push({ to: '/mijn-registratie', label: t('myRegistration.nav') })
  if (me.permissions.readOwnDossier) items.push({ to: '/mijn-pe-punten', label: t('dossier.nav') })
  items.push({ to: '/mijn-pe-punten/zelf-ingebracht', label: t('selfReports.navMine') })
  items.push({ to: '/mijn-pe-punten/herregistratie', label: t('reregistration.nav') })
  if (me.permissions.signUpForEvents) items.push({ to: '/mijn-aanmeldingen', label: t('agenda.navMine') })
  items.push({ to: '/mijn-gegevens', label: t('privacy.nav') })
  for (const m of me.memberships.filter((m) => m.role === 'employer_manager'))
    items.push({ to: `/werkgever/${m.organisationId}/team`, label: `${t('employer.nav')} ${m.organisationName}` })
  if (me.permissions.manageActivities)
    for (const m of me.memberships.filter((m) => m.role === 'provider_staff'))
      items.push({
        to: `/aanbieder/${m.organisationId}/activiteiten`,
        label: `${t('accreditation.nav.provider')} ${m.organisationName}`,
      })
  if (me.permissions.manageEvents)
    for (const m of me.memberships.filter((m) => m.role === 'provider_staff'))
      items.push({
        to: `/aanbieder/${m.organisationId}/bijeenkomsten`,
        label: `${t('organiserEvents.nav')} ${m.organisationName}`,
      })
  if (me.permissions.manageApiKeys)
    for (const m of me.memberships.filter((m) => m.role === 'provider_staff'))
      items.push({
        to: `/aanbieder/${m.organisationId}/api-sleutels`,
        label: `${t('attendance.nav.apiKeys')} ${m.organisationName}`,
      })
  items.push({ to: '/account', label: t('nav.account') })
  if (me.permissions.readAudit) items.push({ to: '/audit', label: t('nav.audit') })
  if (me.permissions.listUsers) items.push({ to: '/beheer/gebruikers', label: t('nav.users') })
  if (me.permissions.manageOrganisations) items.push({ to: '/beheer/organisaties', label: t('nav.organisations') })
  if (me.permissions.configureRegisters) items.push({ to: '/beheer/registers', label: t('registers.nav') })
  if (me.permissions.manageNorms) items.push({ to: '/beheer/normen', label: t('dossier.norms.nav') })
  if (me.permissions.reviewApplications) items.push({ to: '/registerbureau/aanvragen', label: t('review.nav') })
  if (me.permissions.reviewAccreditations)
    items.push({ to: '/registerbureau/accreditaties', label: t('accreditation.nav.office') })
  if (me.permissions.readRegistrations)
    items.push({ to: '/registerbureau/registraties', label: t('registrations.nav') })
  if (me.permissions.handleDataRequests) items.push({ to: '/registerbureau/verzoeken', label: t('privacy.office.nav') })
  if (me.permissions.reviewSelfReports) {
    items.push({ to: '/registerbureau/zelf-ingebracht', label: t('selfReports.navQueue') })
    items.push({ to: '/registerbureau/steekproef', label: t('selfReports.navSpotCheck') })
  }
  if (me.permissions.reviewReregistrations)
    items.push({ to: '/registerbureau/herregistraties', label: t('reregistration.navOffice') })
  return items
}

export function MainNav({ me }: { me: Me | null | undefined }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const navigate = useNavigate()
  const forgetSession = useForgetSessionAfterLogOut()
  const items = itemsFor(me, t)
  const loggedIn = !!me && me.session.mfaState !== 'pending'

  async function logOut() {
    try {
      await api.logOut()
    } catch {
      // the session may already have ended; the UI forgets it either way
    }
    forgetSession()
    setOpen(false)
    navigate('/inloggen?uitgelogd=1')
  }

  return (
    <nav className="vr-nav" aria-label={t('nav.main')}>
      <div className="vr-nav__inner">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action vr-nav__toggle"
          aria-expanded={open}
          aria-controls="main-nav-list"
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('nav.closeMenu') : t('nav.menu')}
        </button>
        <ul id="main-nav-list" className={open ? 'vr-nav__list vr-nav__list--open' : 'vr-nav__list'}>
          {items.map((item) => (
            <li key={item.to} className="vr-nav__item">
              <NavLink
                to={item.to}
                end={item.to === '/' || item.to === '/account'}
                className={({ isActive }) => (isActive ? 'vr-nav__link vr-nav__link--current' : 'vr-nav__link')}
                onClick={() => setOpen(false)}
              >
                {item.label}
              </NavLink>
            </li>
          ))}
          {loggedIn && (
            <li className="vr-nav__item vr-nav__item--end">
              <button type="button" className="vr-nav__link vr-nav__button" onClick={logOut}>
                {t('nav.logOut')}
              </button>
            </li>
          )}
        </ul>
      </div>
    </nav>
  )
}
