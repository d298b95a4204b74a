import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { notificationTemplateSchema } from '../models/notification-template.ts';
import { flag, pathParam } from '../schema/conventions.ts';

export const notificationTemplatesGet = defineEndpoint({
  id: 'notificationTemplates.get',
  section: 'Notification Templates',
  title: 'Get Notification Template by ID',
  method: 'GET',
  path: '/node/api/notification-templates/:id',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: notificationTemplateSchema(),
  }),
});

export const notificationTemplatesList = defineEndpoint({
  id: 'notificationTemplates.list',
  section: 'Notification Templates',
  title: 'Get All Notification Templates',
  method: 'GET',
  path: '/node/api/notification-templates',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(notificationTemplateSchema()),
  }),
});

export const notificationTemplatesPreview = defineEndpoint({
  id: 'notificationTemplates.preview',
  section: 'Notification Templates',
  title: 'Get Notification Template Preview',
  method: 'GET',
  path: '/node/api/notification-templates/:id/preview/:type',
  permissions: '',
  provenance: 'documented',
  // One docs build lists these as query parameters of this GET; its curl instead sends them
  // as a JSON body to PATCH /notification-templates/preview (POST in the Russian docs).
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam(), type: pathParam() }),
    query: z.optional(
      z.looseObject({
        group: z.optional(z.string()),
        templateType: z.optional(z.string()),
        type: z.optional(z.string()),
        content: z.optional(z.string()),
        isSubject: z.optional(flag()),
      }),
    ),
    response: z.looseObject({
      preview: z.string(),
    }),
  }),
});

/**
 * The same preview as the docs' curl example sends it: a draft text in a JSON body, no stored
 * template needed. Not a catalog entry of its own: the catalog records it as the example of
 * `notificationTemplates.preview`, whose doc versions disagree on the route.
 */
export const notificationTemplatesPreviewDraft = defineEndpoint({
  id: 'notificationTemplates.previewDraft',
  section: 'Notification Templates',
  title: 'Get Notification Template Preview (draft text)',
  method: 'PATCH',
  path: '/node/api/notification-templates/preview',
  permissions: '',
  permissionsSource: 'open',
  provenance: 'documented',
  // a read: renders the draft sent, stores nothing
  effect: 'read',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      group: z.optional(z.string()),
      templateType: z.optional(z.string()),
      type: z.optional(z.string()),
      content: z.string(),
      isSubject: z.optional(z.boolean()),
    }),
    response: z.looseObject({ preview: z.string() }),
  }),
});

export const notificationTemplatesRestoreDefault = defineEndpoint({
  id: 'notificationTemplates.restoreDefault',
  section: 'Notification Templates',
  title: 'Restore Default Notification Template',
  method: 'POST',
  path: '/node/api/notification-templates/:id/restore-default/:type',
  permissions: 'manage-configuration',
  provenance: 'documented',
  // resets to the factory text
  idempotent: true,
  bodyKind: 'none',
  responseKind: 'text',
  schemas: () => ({
    path: z.object({ id: pathParam(), type: pathParam() }),
    response: z.string(),
  }),
});

export const notificationTemplatesUpdate = defineEndpoint({
  id: 'notificationTemplates.update',
  section: 'Notification Templates',
  title: 'Update Notification Template',
  method: 'PATCH',
  path: '/node/api/notification-templates/:id',
  permissions: 'manage-configuration',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(
      z.looseObject({
        content: z.optional(
          z.looseObject({
            pack: z.optional(z.string()),
            single: z.optional(z.string()),
          }),
        ),
      }),
    ),
    response: notificationTemplateSchema(),
  }),
});
