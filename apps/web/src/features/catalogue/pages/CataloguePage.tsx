import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount } from '../../../components/Pagination.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { CATEGORIES, type CatalogueFilters, type CatalogueItem, FORMATS, useCatalogue } from '../api/catalogue-api.ts'
import { CATALOGUE_PATH, filtersToSearch, formatDate, formatNumber, readFilters, runDates } from '../catalogue.rules.ts'
import '../catalogue.css'

function SearchForm({ initial, onSearch }: { initial: CatalogueFilters; onSearch: (f: CatalogueFilters) => void }) {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const set = (field: keyof CatalogueFilters) => (value: string) => setValues((v) => ({ ...v, [field]: value }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSearch({ ...values, page: 1 })
  }
  const field = (name: keyof CatalogueFilters, type = 'text') => (
    <TextField
      id={`catalogue-${name}`}
      name={name}
      type={type}
      label={t(`accreditation.catalogue.filters.${name}`)}
      value={String(values[name])}
      onChange={set(name)}
      autoComplete="off"
    />
  )
  return (
    <search className="vr-filters" aria-label={t('accreditation.catalogue.filters.label')}>
      <form noValidate onSubmit={submit} className="vr-form vr-filters__form">
        {field('q', 'search')}
        <SelectField
          id="catalogue-format"
          name="format"
          label={t('accreditation.catalogue.filters.format')}
          value={values.format}
          onChange={set('format')}
          options={[
            { value: '', label: t('accreditation.catalogue.filters.all') },
            ...FORMATS.map((f) => ({ value: f, label: t(`accreditation.format.${f}`) })),
          ]}
        />
        <SelectField
          id="catalogue-category"
          name="category"
          label={t('accreditation.catalogue.filters.category')}
          value={values.category}
          onChange={set('category')}
          options={[
            { value: '', label: t('accreditation.catalogue.filters.all') },
            ...CATEGORIES.map((c) => ({ value: c, label: t(`accreditation.category.${c}`) })),
          ]}
        />
        {field('profession')}
        <SelectField
          id="catalogue-place"
          name="place"
          label={t('accreditation.catalogue.filters.place')}
          value={values.place}
          onChange={set('place')}
          options={[
            { value: '', label: t('accreditation.catalogue.filters.anywhere') },
            { value: 'online', label: t('accreditation.catalogue.filters.online') },
            { value: 'location', label: t('accreditation.catalogue.filters.onLocation') },
          ]}
        />
        {values.place === 'location' && field('location')}
        {field('from', 'date')}
        {field('to', 'date')}
        {field('minPoints')}
        {field('maxPoints')}
        <Button type="submit" appearance="primary-action-button">
          {t('accreditation.catalogue.filters.submit')}
        </Button>
      </form>
    </search>
  )
}

function Item({ item, filters }: { item: CatalogueItem; filters: CatalogueFilters }) {
  const { t, i18n } = useTranslation()
  const byProvider = `${CATALOGUE_PATH}${filtersToSearch({ ...filters, providerId: item.provider.id, page: 1 })}`
  return (
    <li className="vr-card">
      <Heading level={3}>
        <AppLink to={`${CATALOGUE_PATH}/${item.publicId}`}>{item.title}</AppLink>
      </Heading>
      <Paragraph>
        {t('accreditation.catalogue.summary', {
          provider: item.provider.name,
          format: t(`accreditation.format.${item.format}`),
          points: formatNumber(item.points, i18n.language),
          category: t(`accreditation.category.${item.category}`),
        })}
      </Paragraph>
      <Paragraph>
        {item.nextRun
          ? t('accreditation.catalogue.nextRun', {
              dates: runDates(item.nextRun, i18n.language),
              place: item.nextRun.online ? t('accreditation.catalogue.online') : item.nextRun.location,
            })
          : t('accreditation.catalogue.noRun')}
      </Paragraph>
      {!filters.providerId && (
        <Paragraph>
          <AppLink to={byProvider}>
            {t('accreditation.catalogue.allOfProvider', { provider: item.provider.name })}
          </AppLink>
        </Paragraph>
      )}
      <Paragraph className="vr-muted">
        {item.publicId} ·{' '}
        {t('accreditation.catalogue.validUntil', { date: formatDate(item.validUntil, i18n.language) })}
      </Paragraph>
    </li>
  )
}

function Results({ filters }: { filters: CatalogueFilters }) {
  const { t } = useTranslation()
  const query = useCatalogue(filters)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const data = query.data
  const pages = pageCount(data.total, data.pageSize)
  return (
    <section aria-labelledby="catalogue-results" className="vr-section">
      <Heading level={2} id="catalogue-results">
        {t('accreditation.catalogue.results')}
      </Heading>
      <Paragraph role="status" className="vr-result-count">
        {t('accreditation.catalogue.count', { count: data.total })}
      </Paragraph>
      {filters.providerId && (
        <Paragraph>
          {t('accreditation.catalogue.providerFilter', {
            provider: data.items[0]?.provider.name ?? t('accreditation.catalogue.oneProvider'),
          })}{' '}
          <AppLink to={`${CATALOGUE_PATH}${filtersToSearch({ ...filters, providerId: '', page: 1 })}`}>
            {t('accreditation.catalogue.allProviders')}
          </AppLink>
        </Paragraph>
      )}
      {data.items.length > 0 && (
        <ul className="vr-cards vr-catalogue__cards">
          {data.items.map((item) => (
            <Item key={item.publicId} item={item} filters={filters} />
          ))}
        </ul>
      )}
      <Pagination
        page={data.page}
        pages={pages}
        linkTo={(n) => `${CATALOGUE_PATH}${filtersToSearch({ ...filters, page: n })}`}
      />
    </section>
  )
}

/** /activiteiten: the public catalogue of accredited activities, with search and filters. No login. */
export function CataloguePage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const filters = readFilters(params)
  return (
    <>
      <Breadcrumb items={[{ to: CATALOGUE_PATH, label: t('accreditation.catalogue.title') }]} />
      <PageHeading>{t('accreditation.catalogue.title')}</PageHeading>
      <Paragraph lead>{t('accreditation.catalogue.intro')}</Paragraph>
      <SearchForm
        key={params.toString()}
        initial={filters}
        onSearch={(next) => navigate(`${CATALOGUE_PATH}${filtersToSearch(next)}`)}
      />
      <Results filters={filters} />
    </>
  )
}
