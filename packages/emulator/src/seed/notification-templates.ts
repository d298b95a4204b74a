/**
 * The factory texts of SAYMON's notification templates: seeded into every state, and what the
 * notification-templates calls restore on "default".
 */
export interface TemplateDefault {
  group: 'state' | 'auth';
  single: string;
  pack: string;
}

const STATE_PACK =
  '{{count}} state changes:\n{{#items}}- {{entity.name}}: {{previousState.name}} -> {{state.name}} at {{time}}\n{{/items}}';

/** The factory texts, by template id (the template types SAYMON's preview call names). */
export const DEFAULT_NOTIFICATION_TEMPLATES: Record<string, TemplateDefault> = {
  email: {
    group: 'state',
    single:
      'Object {{entity.name}} changed its state from {{previousState.name}} to {{state.name}} at {{time}}.\n{{text}}',
    pack: STATE_PACK,
  },
  'email-subject': {
    group: 'state',
    single: '[SAYMON] {{entity.name}}: {{state.name}}',
    pack: '[SAYMON] {{count}} state changes',
  },
  telegram: { group: 'state', single: '{{entity.name}}: {{state.name}} ({{time}})\n{{text}}', pack: STATE_PACK },
  sms: { group: 'state', single: '{{entity.name}}: {{state.name}}', pack: '{{count}} state changes' },
  registration: {
    group: 'auth',
    single: 'Hello, {{login}}!\nTo confirm your registration, follow the link below:\n\n{{emailLink}}',
    pack: 'Hello, {{login}}!\nTo confirm your registration, follow the link below:\n\n{{emailLink}}',
  },
  'registration-subject': { group: 'auth', single: 'Confirm your registration', pack: 'Confirm your registration' },
  'registration-password': {
    group: 'auth',
    single: 'Hello, {{login}}!\nAn account was created for you. Your password: {{password}}\n\n{{emailLink}}',
    pack: 'Hello, {{login}}!\nAn account was created for you. Your password: {{password}}\n\n{{emailLink}}',
  },
  'registration-password-subject': { group: 'auth', single: 'Your new account', pack: 'Your new account' },
  forgot: {
    group: 'auth',
    single: 'Hello,\nTo restore your password, follow the link below:\n\n{{emailLink}}',
    pack: 'Hello,\nTo restore your password, follow the link below:\n\n{{emailLink}}',
  },
  'forgot-subject': { group: 'auth', single: 'Password recovery', pack: 'Password recovery' },
};
