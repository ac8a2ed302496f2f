import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Loading } from '../../../components/Status.tsx'
import { usePublicSearch } from '../api/public-register-api.ts'
import { RegisterResults } from '../components/RegisterResults.tsx'
import { RegisterSearchForm } from '../components/RegisterSearchForm.tsx'
import '../public-register.css'
import {
  problemOf,
  readSearch,
  SEARCH_PATH,
  searchToParams,
  toApiQuery,
  VERIFY_PATH,
} from '../public-register.rules.ts'

const KNOWN_FIELDS = ['surname', 'initials', 'registrationNumber'] as const

/** /register: the public search, without login. The search lives in the address, so a result can be shared. */
export function RegisterSearchPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const search = readSearch(params)
  const apiQuery = toApiQuery(search, params)
  const query = usePublicSearch(apiQuery)
  const problem = query.error ? problemOf(query.error, KNOWN_FIELDS) : null

  return (
    <>
      {/* Results name people: keep them out of search engines (React puts this in <head> while the page shows). */}
      {apiQuery && <meta name="robots" content="noindex" />}
      <Breadcrumb items={[{ to: SEARCH_PATH, label: t('publicRegister.search.title') }]} />
      <PageHeading>{t('publicRegister.search.title')}</PageHeading>
      <Paragraph lead>{t('publicRegister.search.intro')}</Paragraph>
      <RegisterSearchForm
        key={params.toString()}
        initial={search}
        onSearch={(next) => setParams(searchToParams(next))}
        apiProblem={problem}
        apiAttempt={query.errorUpdateCount}
      />
      {apiQuery && query.isPending && <Loading />}
      {apiQuery && query.data && <RegisterResults items={query.data.items} query={apiQuery} />}
      <section aria-labelledby="about-heading" className="vr-section">
        <Heading level={2} id="about-heading">
          {t('publicRegister.search.aboutTitle')}
        </Heading>
        <Paragraph>{t('publicRegister.search.aboutText')}</Paragraph>
      </section>
      <section aria-labelledby="verify-heading" className="vr-section">
        <Heading level={2} id="verify-heading">
          {t('publicRegister.search.verifyTitle')}
        </Heading>
        <Paragraph>{t('publicRegister.search.verifyText')}</Paragraph>
        <Paragraph>
          <AppLink to={VERIFY_PATH}>{t('publicRegister.search.verifyLink')}</AppLink>
        </Paragraph>
      </section>
    </>
  )
}
