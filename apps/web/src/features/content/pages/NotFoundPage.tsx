import { Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph lead>{t('notFound.text')}</Paragraph>
      <Paragraph>{t('notFound.help')}</Paragraph>
      <ul className="vr-link-list">
        <li>
          <AppLink to="/">{t('notFound.home')}</AppLink>
        </li>
        <li>
          <AppLink to="/contact">{t('notFound.contact')}</AppLink>
        </li>
      </ul>
    </>
  )
}
