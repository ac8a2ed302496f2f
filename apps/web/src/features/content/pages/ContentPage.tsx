import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'

interface Section {
  heading: string
  paragraphs: string[]
}

const PATHS = { accessibility: '/toegankelijkheid', privacy: '/privacy', contact: '/contact' } as const

/** A plain information page (accessibility, privacy, contact) whose text lives in the translation files. */
export function ContentPage({ page }: { page: keyof typeof PATHS }) {
  const { t } = useTranslation()
  const title = t(`pages.${page}.title`)
  const sections = t(`pages.${page}.sections`, { returnObjects: true }) as Section[]
  return (
    <>
      <Breadcrumb items={[{ to: PATHS[page], label: title }]} />
      <PageHeading>{title}</PageHeading>
      <Paragraph lead>{t(`pages.${page}.intro`)}</Paragraph>
      {Array.isArray(sections) &&
        sections.map((section) => (
          <section key={section.heading} className="vr-section">
            <Heading level={2}>{section.heading}</Heading>
            {section.paragraphs.map((paragraph) => (
              <Paragraph key={paragraph}>{paragraph}</Paragraph>
            ))}
          </section>
        ))}
    </>
  )
}
