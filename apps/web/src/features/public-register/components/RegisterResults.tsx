import { Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import { MAX_RESULTS, type PublicRegistration, type PublicRegistrationQuery } from '../api/public-register-api.ts'
import { formatName, registrationPath } from '../public-register.rules.ts'
import { RegistrationStatus } from './RegistrationStatus.tsx'

/**
 * The registrations found: how many (and that there may be more when the API gives its maximum), then a table in
 * which each name links to the permanent page. Nothing found says so, with what to try next.
 */
export function RegisterResults({ items, query }: { items: PublicRegistration[]; query: PublicRegistrationQuery }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="results-heading" className="vr-section">
      <Heading level={2} id="results-heading">
        {t('publicRegister.search.resultsTitle')}
      </Heading>
      {items.length === 0 ? (
        <div role="status">
          <Paragraph>
            {'registrationNumber' in query
              ? t('publicRegister.search.noneByNumber', { number: query.registrationNumber })
              : t('publicRegister.search.noneByName', { surname: query.surname })}
          </Paragraph>
          <Paragraph>{t('publicRegister.search.noneHelp')}</Paragraph>
        </div>
      ) : (
        <>
          <div role="status">
            <Paragraph>{t('publicRegister.search.count', { count: items.length })}</Paragraph>
            {items.length >= MAX_RESULTS && (
              <Paragraph>{t('publicRegister.search.more', { max: MAX_RESULTS })}</Paragraph>
            )}
          </div>
          <DataTable
            id="registrations"
            caption={t('publicRegister.search.caption')}
            columns={[
              t('publicRegister.search.columns.name'),
              t('publicRegister.search.columns.number'),
              t('publicRegister.search.columns.register'),
              t('publicRegister.search.columns.profession'),
              t('publicRegister.search.columns.status'),
            ]}
          >
            {items.map((item) => (
              <TableRow key={item.registrationNumber}>
                <TableCell>
                  <AppLink to={registrationPath(item.registrationNumber)}>{formatName(item)}</AppLink>
                </TableCell>
                <TableCell className="vr-nowrap">{item.registrationNumber}</TableCell>
                <TableCell>{item.register}</TableCell>
                <TableCell>{item.profession}</TableCell>
                <TableCell>
                  <RegistrationStatus status={item.status} />
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
        </>
      )}
    </section>
  )
}
