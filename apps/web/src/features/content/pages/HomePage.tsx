import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { ButtonLink } from '../../../components/AppLink.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { useMe } from '../../../lib/session.ts'

const FEATURES = ['register', 'points', 'agenda', 'knowledge', 'community', 'research'] as const

export function HomePage() {
  const { t } = useTranslation()
  const { data: me } = useMe()
  const loggedIn = !!me && me.session.mfaState === 'complete'
  return (
    <>
      <div className="vr-hero">
        <PageHeading title="">{t('home.title')}</PageHeading>
        <Paragraph lead>{t('home.lead')}</Paragraph>
        <div className="vr-actions">
          {loggedIn ? (
            <ButtonLink to="/account">{t('home.toAccount')}</ButtonLink>
          ) : (
            <>
              <ButtonLink to="/aanmelden">{t('home.signUp')}</ButtonLink>
              <ButtonLink to="/inloggen" appearance="secondary-action-button">
                {t('home.logIn')}
              </ButtonLink>
            </>
          )}
        </div>
      </div>
      <Heading level={2}>{t('home.whatTitle')}</Heading>
      <ul className="vr-cards">
        {FEATURES.map((feature) => (
          <li key={feature} className="vr-card">
            <Heading level={3}>{t(`home.features.${feature}.title`)}</Heading>
            <Paragraph>{t(`home.features.${feature}.text`)}</Paragraph>
          </li>
        ))}
      </ul>
      <Heading level={2}>{t('publicRegister.home.title')}</Heading>
      <Paragraph>{t('publicRegister.home.text')}</Paragraph>
      <div className="vr-actions">
        <ButtonLink to="/register" appearance="secondary-action-button">
          {t('publicRegister.home.search')}
        </ButtonLink>
        <ButtonLink to="/controleren" appearance="secondary-action-button">
          {t('publicRegister.home.verify')}
        </ButtonLink>
      </div>
      <Heading level={2}>{t('home.whoTitle')}</Heading>
      <Paragraph>{t('home.whoText')}</Paragraph>
      <Paragraph>{t('home.soonText')}</Paragraph>
    </>
  )
}
