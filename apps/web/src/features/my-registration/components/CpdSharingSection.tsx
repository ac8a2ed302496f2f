import { useQueryClient } from '@tanstack/react-query'
import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { CPD_SHARING_KEY, myRegistrationApi, useCpdSharing } from '../api/my-registration-api.ts'
import { SaveOnChangeCheckbox } from './SaveOnChangeCheckbox.tsx'

/** Per employer: share the CPD standing or not. Revoking works at once. */
export function CpdSharingSection() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const query = useCpdSharing()
  return (
    <section aria-labelledby="cpd-sharing" className="vr-section">
      <Heading level={2} id="cpd-sharing">
        {t('myRegistration.sharing.title')}
      </Heading>
      <Paragraph>{t('myRegistration.sharing.intro')}</Paragraph>
      {query.isPending ? (
        <Loading />
      ) : query.error || !query.data ? (
        <LoadError error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Paragraph>{t('myRegistration.sharing.none')}</Paragraph>
      ) : (
        query.data.items.map((item) => (
          <SaveOnChangeCheckbox
            key={item.organisationId}
            id={`share-${item.organisationId}`}
            label={t('myRegistration.sharing.label', { employer: item.organisationName })}
            checked={item.granted}
            save={async (value) => {
              await myRegistrationApi.setSharing(item.organisationId, value)
              await queryClient.invalidateQueries({ queryKey: CPD_SHARING_KEY })
            }}
            savedText={(value) =>
              value
                ? t('myRegistration.sharing.on', { employer: item.organisationName })
                : t('myRegistration.sharing.off', { employer: item.organisationName })
            }
          />
        ))
      )}
    </section>
  )
}
