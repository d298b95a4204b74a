import * as z from 'zod/mini';
import { notificationTemplateSchema } from '../models/notification-template.ts';
import { defineEndpoint } from '../registry/define.ts';
import { flag, maybe, pathParam } from '../schema/conventions.ts';

export const notificationTemplatesGet = defineEndpoint({
  id: 'notificationTemplates.get',
  section: "Notification Templates",
  title: "Get Notification Template by ID",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/notification-templates/:id',
  permissions: "",
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
  section: "Notification Templates",
  title: "Get All Notification Templates",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/notification-templates',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(notificationTemplateSchema()),
  }),
});

export const notificationTemplatesPreview = defineEndpoint({
  id: 'notificationTemplates.preview',
  section: "Notification Templates",
  title: "Get Notification Template Preview",
  summary: "Renders a notification template text to the HTML preview shown in the web interface.",
  method: 'GET',
  path: '/node/api/notification-templates/:id/preview/:type',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam(), type: pathParam() }),
    query: z.optional(z.looseObject({
      group: z.optional(z.string()),
      templateType: z.optional(z.string()),
      type: z.optional(z.string()),
      content: z.optional(z.string()),
      isSubject: z.optional(flag()),
    })),
    body: z.optional(z.looseObject({
      group: maybe(z.string()),
      templateType: maybe(z.string()),
      type: maybe(z.string()),
      content: maybe(z.string()),
      isSubject: maybe(z.boolean()),
    })),
    response: z.looseObject({
      preview: maybe(z.string()),
    }),
  }),
});

export const notificationTemplatesRestoreDefault = defineEndpoint({
  id: 'notificationTemplates.restoreDefault',
  section: "Notification Templates",
  title: "Restore Default Notification Template",
  summary: "Resets the single or pack variant of a notification template to its factory text.",
  method: 'POST',
  path: '/node/api/notification-templates/:id/restore-default/:type',
  permissions: "manage-configuration",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'text',
  schemas: () => ({
    path: z.object({ id: pathParam(), type: pathParam() }),
    response: z.string(),
  }),
});

export const notificationTemplatesUpdate = defineEndpoint({
  id: 'notificationTemplates.update',
  section: "Notification Templates",
  title: "Update Notification Template",
  summary: "Modifies a notification template (e.g. its single/pack texts) and returns it.",
  method: 'PATCH',
  path: '/node/api/notification-templates/:id',
  permissions: "manage-configuration",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      content: maybe(z.looseObject({
        pack: maybe(z.string()),
        single: maybe(z.string()),
      })),
    })),
    response: notificationTemplateSchema(),
  }),
});
