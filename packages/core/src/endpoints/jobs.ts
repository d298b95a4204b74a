import * as z from 'zod/mini';
import { jobSchema } from '../models/job.ts';
import { defineEndpoint } from '../registry/define.ts';
import { int, maybe, pathParam } from '../schema/conventions.ts';

export const jobsAddResult = defineEndpoint({
  id: 'jobs.addResult',
  section: "Jobs",
  title: "Add Custom Job Result",
  summary: "Appends a user-defined result entry to an existing job's results list.",
  method: 'PATCH',
  path: '/node/api/jobs/:id/results',
  permissions: "objectPermissions + (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
  }),
});

export const jobsFindByEntities = defineEndpoint({
  id: 'jobs.findByEntities',
  section: "Jobs",
  title: "Get Job by Object/Link IDs",
  summary: "Returns the job history of the given objects or of the given links, optionally limited to a time window.",
  method: 'POST',
  path: '/node/api/jobs',
  permissions: "objectPermissions | linkPermissions",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      objects: maybe(z.array(z.string())),
      links: maybe(z.array(z.string())),
      from: maybe(int()),
      to: maybe(int()),
    })),
    response: jobSchema(),
  }),
});

export const jobsGet = defineEndpoint({
  id: 'jobs.get',
  section: "Jobs",
  title: "Get Job by ID",
  summary: "Returns one job (the record of an executed operation) by its ID.",
  method: 'GET',
  path: '/node/api/jobs/:id',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: jobSchema(),
  }),
});

export const jobsListForLink = defineEndpoint({
  id: 'jobs.listForLink',
  section: "Jobs",
  title: "Get Link's Job History",
  summary: "Lists the jobs (operation executions) recorded for one link.",
  method: 'GET',
  path: '/node/api/links/:id/jobs',
  permissions: "linkPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(jobSchema()),
  }),
});

export const jobsListForObject = defineEndpoint({
  id: 'jobs.listForObject',
  section: "Jobs",
  title: "Get Object's Job History",
  summary: "Lists the jobs (operation executions) recorded for one object.",
  method: 'GET',
  path: '/node/api/objects/:id/jobs',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(jobSchema()),
  }),
});
