import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useCatalogueActivity } from '../api/catalogue-api.ts'
import { CATALOGUE_PATH, formatDate, formatNumber, runDates } from '../catalogue.rules.ts'

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  )
}

/** /activiteiten/:publicId: one accredited activity with its runs. No login. */
export function CatalogueActivityPage() {
  const { t, i18n } = useTranslation()
  const { publicId = '' } = useParams()
  const query = useCatalogueActivity(publicId)
  const a = query.data
  const crumbs = [
    { to: CATALOGUE_PATH, label: t('accreditation.catalogue.title') },
    { to: `${CATALOGUE_PATH}/${publicId}`, label: a?.title ?? publicId },
  ]
  return (
    <>
      <Breadcrumb items={crumbs} />
      <PageHeading>{a?.title ?? t('accreditation.catalogue.one')}</PageHeading>
      {query.isPending ? (
        <Loading />
      ) : query.error || !a ? (
        <LoadError error={query.error} />
      ) : (
        <>
          <Paragraph lead>{a.description}</Paragraph>
          <DataList className="vr-data-list">
            <Item label={t('accreditation.facts.publicId')}>{a.publicId}</Item>
            <Item label={t('accreditation.facts.provider')}>
              {a.provider.city ? `${a.provider.name} (${a.provider.city})` : a.provider.name}
            </Item>
            <Item label={t('accreditation.facts.format')}>{t(`accreditation.format.${a.format}`)}</Item>
            <Item label={t('accreditation.facts.points')}>
              {t('accreditation.facts.pointsValue', {
                points: formatNumber(a.points, i18n.language),
                category: t(`accreditation.category.${a.category}`),
              })}
            </Item>
            <Item label={t('accreditation.facts.netHours')}>{formatNumber(a.netHours, i18n.language)}</Item>
            <Item label={t('accreditation.facts.validity')}>
              {t('accreditation.facts.validityValue', {
                from: formatDate(a.validFrom, i18n.language),
                until: formatDate(a.validUntil, i18n.language),
              })}
            </Item>
            <Item label={t('accreditation.facts.learningGoals')}>{a.learningGoals}</Item>
            <Item label={t('accreditation.facts.targetProfessions')}>{a.targetProfessions.join(', ') || '—'}</Item>
            <Item label={t('accreditation.facts.teachers')}>{a.teachers.join(', ') || '—'}</Item>
            <Item label={t('accreditation.facts.finalTest')}>
              {a.hasFinalTest ? t('accreditation.catalogue.withFinalTest') : t('accreditation.catalogue.noFinalTest')}
            </Item>
          </DataList>
          <section aria-labelledby="catalogue-runs" className="vr-section">
            <Heading level={2} id="catalogue-runs">
              {t('accreditation.runs.title')}
            </Heading>
            {a.runs.length === 0 ? (
              <Paragraph>{t('accreditation.catalogue.noRun')}</Paragraph>
            ) : (
              <DataTable
                id="catalogue-runs-table"
                caption={t('accreditation.catalogue.runsCaption', { title: a.title })}
                columns={[t('accreditation.runs.dates'), t('accreditation.runs.place')]}
              >
                {a.runs.map((run) => (
                  <TableRow key={`${run.startsOn}-${run.endsOn}-${run.location}-${run.online}`}>
                    <TableCell>{runDates(run, i18n.language)}</TableCell>
                    <TableCell>{run.online ? t('accreditation.catalogue.online') : run.location}</TableCell>
                  </TableRow>
                ))}
              </DataTable>
            )}
          </section>
        </>
      )}
      <Paragraph>
        <AppLink to={CATALOGUE_PATH}>{t('accreditation.catalogue.back')}</AppLink>
      </Paragraph>
    </>
  )
}
