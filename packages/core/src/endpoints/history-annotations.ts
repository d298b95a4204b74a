import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { historyAnnotationSchema } from '../models/history-annotation.ts';
import { maybe, pathParam, timeBound, timestamp } from '../schema/conventions.ts';

export const historyAnnotationsCreate = defineEndpoint({
  id: 'historyAnnotations.create',
  section: 'History Annotations',
  title: 'Create History Annotation',
  method: 'POST',
  path: '/node/api/history-annotations',
  permissions: 'manage-history',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      /** The moment the note refers to, in ms. */
      timestamp: maybe(timestamp()),
      content: maybe(z.string()),
    }),
    response: historyAnnotationSchema(),
  }),
});

export const historyAnnotationsDelete = defineEndpoint({
  id: 'historyAnnotations.delete',
  section: 'History Annotations',
  title: 'Delete History Annotation',
  method: 'DELETE',
  path: '/node/api/history-annotations/:id',
  permissions: 'manage-history',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});

export const historyAnnotationsList = defineEndpoint({
  id: 'historyAnnotations.list',
  section: 'History Annotations',
  title: 'Get History Annotations',
  method: 'GET',
  path: '/node/api/history-annotations',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    // Both bounds are required: without them the server answers an empty array.
    query: z.looseObject({
      from: timeBound(),
      to: timeBound(),
    }),
    response: z.array(historyAnnotationSchema()),
  }),
});

export const historyAnnotationsUpdate = defineEndpoint({
  id: 'historyAnnotations.update',
  section: 'History Annotations',
  title: 'Update History Annotation',
  method: 'PATCH',
  path: '/node/api/history-annotations/:id',
  permissions: 'manage-history',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      /** Moves the note to another moment, in ms (typed as in create: a stored non-number broke every list). */
      timestamp: maybe(timestamp()),
      content: maybe(z.string()),
    }),
    response: historyAnnotationSchema(),
  }),
});
