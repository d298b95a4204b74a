import { SaymonValidationError } from '@saymon-sdk/node';
import { expect } from 'vitest';
import { DEFAULT_NOTIFICATION_TEMPLATES } from '../../src/seed/notification-templates.ts';
import { expectApiError } from './assertions.ts';
import { type ScenarioContext, scenarios } from './types.ts';

const MISSING = 'no-such-template';

/** Runs with a template changed, then puts its factory texts back. */
async function withTemplate(context: ScenarioContext, id: string, run: () => Promise<void>) {
  try {
    await run();
  } finally {
    await context.admin.notificationTemplates.restoreDefault({ id, type: 'single' });
    await context.admin.notificationTemplates.restoreDefault({ id, type: 'pack' });
  }
}

export const templateScenarios = scenarios({
  'notificationTemplates.list': {
    async happy({ viewer }) {
      const templates = await viewer.notificationTemplates.list();
      expect(templates.map((t) => t.id)).toEqual(expect.arrayContaining(['email', 'telegram', 'forgot']));
      expect(templates.every((t) => typeof t.content?.single === 'string')).toBe(true);
    },
    async error({ anonymous }) {
      await expectApiError(anonymous.notificationTemplates.list(), 401);
    },
  },

  'notificationTemplates.get': {
    async happy({ admin }) {
      await expect(admin.notificationTemplates.get({ id: 'forgot' })).resolves.toMatchObject({
        id: 'forgot',
        content: { single: DEFAULT_NOTIFICATION_TEMPLATES.forgot?.single },
      });
    },
    async error({ admin }) {
      await expectApiError(admin.notificationTemplates.get({ id: MISSING }), 404);
    },
  },

  'notificationTemplates.update': {
    async happy(context) {
      await withTemplate(context, 'sms', async () => {
        const updated = await context.admin.notificationTemplates.update({
          id: 'sms',
          body: { content: { single: '{{entity.name}} is {{state.name}}' } },
        });
        // only the named text changes
        expect(updated.content).toEqual({
          single: '{{entity.name}} is {{state.name}}',
          pack: DEFAULT_NOTIFICATION_TEMPLATES.sms?.pack,
        });
        await expect(context.admin.notificationTemplates.get({ id: 'sms' })).resolves.toEqual(updated);
      });
    },
    async error({ admin, viewer }) {
      await expectApiError(viewer.notificationTemplates.update({ id: 'sms', body: { content: { single: 'x' } } }), 403);
      await expectApiError(
        admin.notificationTemplates.update({ id: MISSING, body: { content: { single: 'x' } } }),
        404,
      );
    },
  },

  'notificationTemplates.preview': {
    async happy({ admin }) {
      const single = await admin.notificationTemplates.preview({ id: 'email', type: 'single' });
      expect(single.preview).toMatch(/^<!DOCTYPE html>/);
      expect(single.preview).toContain('Web server 01');
      const pack = await admin.notificationTemplates.preview({ id: 'email', type: 'pack' });
      expect(pack.preview).toContain('Web server 01');
      expect(pack.preview).toContain('Database 02');
      // a draft text in the query wins over the stored one
      const draft = await admin.notificationTemplates.preview({
        id: 'telegram',
        type: 'single',
        query: { content: '<b>{{entity.name}}</b>' },
      });
      expect(draft.preview).toBe('&lt;b&gt;Web server 01&lt;/b&gt;');
    },
    async error({ admin }) {
      await expectApiError(admin.notificationTemplates.preview({ id: 'email', type: 'triple' }), 400);
      await expectApiError(admin.notificationTemplates.preview({ id: MISSING, type: 'single' }), 404);
    },
  },

  'notificationTemplates.previewDraft': {
    async happy({ admin }) {
      const answer = await admin.notificationTemplates.previewDraft({
        body: {
          group: 'auth',
          templateType: 'email',
          type: 'single',
          content: 'Hello,\nTo restore your password, follow the link below:\n\n{{emailLink}}',
          isSubject: false,
        },
      });
      expect(answer.preview).toContain('<br>');
      expect(answer.preview).toContain('https://saymon.example.com/#/confirm/');
      const subject = await admin.notificationTemplates.previewDraft({
        body: { group: 'state', content: '[SAYMON] {{entity.name}}', isSubject: true },
      });
      expect(subject.preview).toBe('[SAYMON] Web server 01');
    },
    async error({ admin }) {
      await expect(
        admin.notificationTemplates.previewDraft({ body: { group: 'auth' } as never }),
      ).rejects.toBeInstanceOf(SaymonValidationError);
      await expectApiError(admin.notificationTemplates.previewDraft({ body: { content: 'x', type: 'both' } }), 400);
    },
  },

  'notificationTemplates.restoreDefault': {
    async happy(context) {
      await context.admin.notificationTemplates.update({ id: 'email-subject', body: { content: { pack: 'changed' } } });
      const text = await context.admin.notificationTemplates.restoreDefault({ id: 'email-subject', type: 'pack' });
      expect(text).toBe(DEFAULT_NOTIFICATION_TEMPLATES['email-subject']?.pack);
      await expect(context.admin.notificationTemplates.get({ id: 'email-subject' })).resolves.toMatchObject({
        content: { pack: text },
      });
    },
    async error({ admin, viewer }) {
      await expectApiError(viewer.notificationTemplates.restoreDefault({ id: 'email', type: 'pack' }), 403);
      await expectApiError(admin.notificationTemplates.restoreDefault({ id: 'email', type: 'triple' }), 400);
    },
  },
});
