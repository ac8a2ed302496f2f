// Dutch (default) and English texts of API error messages. B1 language: short, direct, say what to do.
export type Locale = 'nl' | 'en'

const messages = {
  nl: {
    'invalid-input': 'Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.',
    required: 'Vul dit veld in.',
    format: 'Dit heeft niet de goede vorm.',
    'format.email': 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    'format.date': 'Vul een geldige datum in (jjjj-mm-dd).',
    'format.date-time': 'Vul een geldige datum en tijd in.',
    'format.uuid': 'Dit is geen geldige verwijzing.',
    minLength: 'Vul minimaal {limit} tekens in.',
    maxLength: 'Vul maximaal {limit} tekens in.',
    minimum: 'Vul een getal in van minimaal {limit}.',
    maximum: 'Vul een getal in van maximaal {limit}.',
    pattern: 'Dit heeft niet de goede vorm.',
    enum: 'Kies een van de mogelijke waarden.',
    const: 'Kies een van de mogelijke waarden.',
    type: 'Dit heeft niet het goede type.',
    additionalProperties: 'Dit veld kennen we niet.',
    uniqueItems: 'Elke waarde mag maar één keer voorkomen.',
    minItems: 'Kies er minimaal {limit}.',
    maxItems: 'Kies er maximaal {limit}.',
    anyOf: 'Dit heeft niet de goede vorm.',
    'not-found': 'Deze pagina of dit gegeven bestaat niet.',
    'not-acceptable': 'Dit antwoord kunnen we alleen als JSON geven. Vraag application/json.',
    'unsupported-media-type': 'Stuur de gegevens als application/json.',
    'body-too-large': 'Het verzoek is te groot.',
    'invalid-json': 'De gegevens zijn geen geldige JSON.',
    'internal-error': 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    unavailable: 'Vakregister is even niet bereikbaar: de database antwoordt niet.',
    'too-many-requests': 'Te veel pogingen. Probeer het over {minutes} minuten opnieuw.',
    'too-many-requests-one': 'Te veel pogingen. Probeer het over 1 minuut opnieuw.',
  },
  en: {
    'invalid-input': 'Some fields are not filled in correctly. Please correct the fields below.',
    required: 'Fill in this field.',
    format: 'This does not have the right format.',
    'format.email': 'Enter a valid email address, like name@example.com.',
    'format.date': 'Enter a valid date (yyyy-mm-dd).',
    'format.date-time': 'Enter a valid date and time.',
    'format.uuid': 'This is not a valid reference.',
    minLength: 'Enter at least {limit} characters.',
    maxLength: 'Enter at most {limit} characters.',
    minimum: 'Enter a number of at least {limit}.',
    maximum: 'Enter a number of at most {limit}.',
    pattern: 'This does not have the right format.',
    enum: 'Choose one of the allowed values.',
    const: 'Choose one of the allowed values.',
    type: 'This does not have the right type.',
    additionalProperties: 'We do not know this field.',
    uniqueItems: 'Each value may appear only once.',
    minItems: 'Choose at least {limit}.',
    maxItems: 'Choose at most {limit}.',
    anyOf: 'This does not have the right format.',
    'not-found': 'This page or item does not exist.',
    'not-acceptable': 'We can only answer in JSON. Ask for application/json.',
    'unsupported-media-type': 'Send the data as application/json.',
    'body-too-large': 'The request is too large.',
    'invalid-json': 'The data is not valid JSON.',
    'internal-error': 'Something went wrong on our side. Please try again later.',
    unavailable: 'Vakregister is temporarily unavailable: the database does not answer.',
    'too-many-requests': 'Too many attempts. Try again in {minutes} minutes.',
    'too-many-requests-one': 'Too many attempts. Try again in 1 minute.',
  },
} as const

export type MessageKey = keyof (typeof messages)['nl']

export function message(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = messages[locale][key] ?? messages.nl[key]
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
}

export function hasMessage(key: string): key is MessageKey {
  return key in messages.nl
}

/** Picks nl or en from Accept-Language; Dutch unless English is preferred. */
export function localeFromHeader(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'nl'
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'nl'
}

/** "Try again in N minutes", with the singular for one minute. */
export function tooManyRequestsMessage(locale: Locale, retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return minutes === 1 ? message(locale, 'too-many-requests-one') : message(locale, 'too-many-requests', { minutes })
}
