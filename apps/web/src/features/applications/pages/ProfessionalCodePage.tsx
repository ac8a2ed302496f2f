import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { CODE_PATH } from '../applications.rules.ts'

/** /beroepscode: the professional code an applicant accepts (a summary in plain words). */
export function ProfessionalCodePage() {
  const { t } = useTranslation()
  const rules = t('application.code.rules', { returnObjects: true }) as string[]
  return (
    <>
      <Breadcrumb items={[{ to: CODE_PATH, label: t('application.code.title') }]} />
      <PageHeading>{t('application.code.title')}</PageHeading>
      <Paragraph lead>{t('application.code.intro')}</Paragraph>
      <Heading level={2}>{t('application.code.rulesTitle')}</Heading>
      <UnorderedList>
        {rules.map((rule) => (
          <UnorderedListItem key={rule}>{rule}</UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>{t('application.code.version')}</Paragraph>
    </>
  )
}
