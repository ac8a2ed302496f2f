import { Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { MfaSection } from '../components/MfaSection.tsx'
import { PasswordSection } from '../components/PasswordSection.tsx'
import { ProfileSection } from '../components/ProfileSection.tsx'
import { SessionsSection } from '../components/SessionsSection.tsx'

/** /account: profile and language, password, two-step verification, sessions. */
export function AccountPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: '/account', label: t('account.title') }]} />
          <PageHeading>{t('account.title')}</PageHeading>
          <Paragraph lead>{t('account.intro', { name: me.givenName })}</Paragraph>
          <nav aria-label={t('account.onThisPage')} className="vr-toc">
            <ul className="vr-link-list">
              <li>
                <a className="utrecht-link utrecht-link--html-a" href="#profiel">
                  {t('account.profile.title')}
                </a>
              </li>
              <li>
                <a className="utrecht-link utrecht-link--html-a" href="#wachtwoord">
                  {t('account.password.title')}
                </a>
              </li>
              <li>
                <a className="utrecht-link utrecht-link--html-a" href="#tweestapsverificatie">
                  {t('account.mfa.title')}
                </a>
              </li>
              <li>
                <a className="utrecht-link utrecht-link--html-a" href="#sessies">
                  {t('account.sessions.title')}
                </a>
              </li>
            </ul>
          </nav>
          <ProfileSection me={me} />
          <PasswordSection />
          <MfaSection me={me} />
          <SessionsSection />
        </>
      )}
    </RequireSession>
  )
}
