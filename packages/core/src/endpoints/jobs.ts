import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { jobSchema } from '../models/job.ts';
import { anyObject, id, pathParam, timestamp } from '../schema/conventions.ts';

/** Entity ids; older docs type the list as a single string. */
const idList = () => z.union([z.array(id()), id()]);

export const jobsAddResult = defineEndpoint({
  id: 'jobs.addResult',
  section: 'Jobs',
  title: 'Add Custom Job Result',
  method: 'PATCH',
  path: '/node/api/jobs/:id/results',
  permissions: 'objectPermissions + (modify-objects | manage-objects)',
  provenance: 'documented',
  // appends a result: sending twice adds two
  idempotent: false,
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: anyObject(),
  }),
});

export const jobsFindByEntities = defineEndpoint({
  id: 'jobs.findByEntities',
  section: 'Jobs',
  title: 'Get Job by Object/Link IDs',
  method: 'POST',
  path: '/node/api/jobs',
  permissions: 'objectPermissions | linkPermissions',
  permissionsSource: 'open',
  provenance: 'documented',
  // a read: the entity ids and time window do not fit a URL
  effect: 'read',
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    // Send either `objects` or `links`, not both. Link jobs also need access to both ends of the link.
    body: z.looseObject({
      objects: z.optional(idList()),
      links: z.optional(idList()),
      from: z.optional(timestamp()),
      to: z.optional(timestamp()),
    }),
    // The docs name the Job model; a history of several entities is a list of jobs.
    response: z.array(jobSchema()),
  }),
});

export const jobsGet = defineEndpoint({
  id: 'jobs.get',
  section: 'Jobs',
  title: 'Get Job by ID',
  method: 'GET',
  path: '/node/api/jobs/:id',
  permissions: 'objectPermissions',
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
  section: 'Jobs',
  title: "Get Link's Job History",
  method: 'GET',
  // The docs' code samples call /objects/:id/jobs here; the documented path is this one.
  path: '/node/api/links/:id/jobs',
  permissions: 'linkPermissions',
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
  section: 'Jobs',
  title: "Get Object's Job History",
  method: 'GET',
  path: '/node/api/objects/:id/jobs',
  permissions: 'objectPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(jobSchema()),
  }),
});
