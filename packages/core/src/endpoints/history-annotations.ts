import * as z from 'zod/mini';
import { historyAnnotationSchema } from '../models/history-annotation.ts';
import { defineEndpoint } from '../registry/define.ts';
import { maybe, pathParam, timeBound } from '../schema/conventions.ts';

export const historyAnnotationsCreate = defineEndpoint({
  id: 'historyAnnotations.create',
  section: "History Annotations",
  title: "Create History Annotation",
  summary: "Adds a text annotation pinned to a point on the history timeline.",
  method: 'POST',
  path: '/node/api/history-annotations',
  permissions: "manage-history",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      timestamp: maybe(z.unknown()),
      content: maybe(z.unknown()),
    })),
    response: historyAnnotationSchema(),
  }),
});

export const historyAnnotationsDelete = defineEndpoint({
  id: 'historyAnnotations.delete',
  section: "History Annotations",
  title: "Delete History Annotation",
  summary: "Removes a history annotation.",
  method: 'DELETE',
  path: '/node/api/history-annotations/:id',
  permissions: "manage-history",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const historyAnnotationsList = defineEndpoint({
  id: 'historyAnnotations.list',
  section: "History Annotations",
  title: "Get History Annotations",
  summary: "Lists history annotations inside a required time window.",
  method: 'GET',
  path: '/node/api/history-annotations',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.looseObject({
      from: timeBound(),
      to: timeBound(),
    }),
    response: z.array(historyAnnotationSchema()),
  }),
});

export const historyAnnotationsUpdate = defineEndpoint({
  id: 'historyAnnotations.update',
  section: "History Annotations",
  title: "Update History Annotation",
  summary: "Changes an existing history annotation and returns it.",
  method: 'PATCH',
  path: '/node/api/history-annotations/:id',
  permissions: "manage-history",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      content: maybe(z.unknown()),
    })),
    response: historyAnnotationSchema(),
  }),
});
