import type { Locale } from '../../platform/http/messages.ts'

// Dutch (B1) and English texts of the identity answers.
const texts = {
  nl: {
    'invalid-credentials': 'E-mailadres of wachtwoord klopt niet.',
    'email-not-verified': 'Je hebt je e-mailadres nog niet bevestigd. Klik op de link in de e-mail die we je stuurden.',
    'invalid-input': 'Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.',
    'password.minLength': 'Kies een wachtwoord van minimaal 12 tekens.',
    'password.maxLength': 'Kies een wachtwoord van maximaal 128 tekens.',
    'password.common': 'Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander wachtwoord.',
    'password.email': 'Gebruik niet je e-mailadres als wachtwoord.',
    'password.wrong': 'Dit wachtwoord klopt niet.',
    'token.invalid': 'Deze link is niet (meer) geldig. Vraag een nieuwe link aan.',
    'code.invalid': 'Deze code klopt niet. Vul de code in die je app nu laat zien.',
    'recoveryCode.invalid': 'Deze herstelcode klopt niet of is al gebruikt.',
    'mfa.not-pending': 'Je hoeft nu geen code in te vullen.',
    'mfa.already-enabled': 'Tweestapsverificatie staat al aan.',
    'mfa.not-enabled': 'Tweestapsverificatie staat niet aan.',
    'mfa.no-setup': 'Start eerst het instellen van tweestapsverificatie.',
    'mfa.required': 'Voor jouw rol is tweestapsverificatie verplicht. Je kunt het niet uitzetten.',
  },
  en: {
    'invalid-credentials': 'Email address or password is not correct.',
    'email-not-verified': 'You have not confirmed your email address yet. Click the link in the email we sent you.',
    'invalid-input': 'Some fields are not filled in correctly. Please correct the fields below.',
    'password.minLength': 'Choose a password of at least 12 characters.',
    'password.maxLength': 'Choose a password of at most 128 characters.',
    'password.common': 'This password is used a lot and is easy to guess. Choose another password.',
    'password.email': 'Do not use your email address as your password.',
    'password.wrong': 'This password is not correct.',
    'token.invalid': 'This link is not valid (anymore). Ask for a new link.',
    'code.invalid': 'This code is not correct. Enter the code your app shows now.',
    'recoveryCode.invalid': 'This recovery code is not correct or was already used.',
    'mfa.not-pending': 'You do not need to enter a code now.',
    'mfa.already-enabled': 'Two-step verification is already on.',
    'mfa.not-enabled': 'Two-step verification is not on.',
    'mfa.no-setup': 'First start setting up two-step verification.',
    'mfa.required': 'Two-step verification is required for your role. You cannot turn it off.',
  },
} as const

export type IdentityMessage = keyof (typeof texts)['nl']

export const identityMessage = (locale: Locale, key: IdentityMessage): string => texts[locale][key]
