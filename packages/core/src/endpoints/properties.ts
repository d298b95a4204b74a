import * as z from 'zod/mini';
import { objectSchema } from '../models/object.ts';
import { propertySchema } from '../models/property.ts';
import { statSchema } from '../models/stat.ts';
import { defineEndpoint } from '../registry/define.ts';
import { id, maybe, pathParam } from '../schema/conventions.ts';

export const propertiesCheckLinkNow = defineEndpoint({
  id: 'properties.checkLinkNow',
  section: "Properties",
  title: "Perform Link's Monitoring Check",
  summary: "Asks the agent to poll a link immediately using the monitoring settings in the body.",
  method: 'POST',
  path: '/node/api/links/:linkId/monitoring/now',
  permissions: "linkPermissions & (manage-properties | manage-links)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ linkId: pathParam() }),
    body: z.array(objectSchema()),
  }),
});

export const propertiesCheckObjectNow = defineEndpoint({
  id: 'properties.checkObjectNow',
  section: "Properties",
  title: "Perform Object's Monitoring Check",
  summary: "Asks the agent to poll an object immediately using the monitoring settings in the body.",
  method: 'POST',
  path: '/node/api/objects/:objectId/monitoring/now',
  permissions: "objectPermissions & (manage-properties | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ objectId: pathParam() }),
    body: z.array(objectSchema()),
  }),
});

export const propertiesCreateForClass = defineEndpoint({
  id: 'properties.createForClass',
  section: "Properties",
  title: "Create Class Property",
  summary: "Adds a property to a class.",
  method: 'POST',
  path: '/node/api/classes/:id/props',
  permissions: "manage-properties | manage-classes",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      name: z.string(),
      value: z.string(),
      type_id: maybe(id()),
    }),
    response: z.unknown(),
  }),
});

export const propertiesCreateForFlow = defineEndpoint({
  id: 'properties.createForFlow',
  section: "Properties",
  title: "Create Flow Property",
  summary: "Adds a property to a flow and returns the new property ID.",
  method: 'POST',
  path: '/node/api/flows/:id/props',
  permissions: "manage-properties | manage-flows",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      name: z.string(),
      value: z.string(),
      type_id: maybe(id()),
    }),
    response: z.unknown(),
  }),
});

export const propertiesCreateForLink = defineEndpoint({
  id: 'properties.createForLink',
  section: "Properties",
  title: "Create Link Property",
  summary: "Adds a property to a link and returns the new property ID.",
  method: 'POST',
  path: '/node/api/links/:id/props',
  permissions: "linkPermissions & (manage-properties | manage-links)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      name: z.string(),
      value: z.string(),
      type_id: maybe(id()),
    }),
    response: z.unknown(),
  }),
});

export const propertiesCreateForObject = defineEndpoint({
  id: 'properties.createForObject',
  section: "Properties",
  title: "Create Object Property",
  summary: "Adds a property to an object and returns the new property ID.",
  method: 'POST',
  path: '/node/api/objects/:id/props',
  permissions: "objectPermissions & (manage-properties | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      name: z.string(),
      value: z.string(),
      type_id: maybe(id()),
    }),
    response: z.unknown(),
  }),
});

export const propertiesDeleteForClass = defineEndpoint({
  id: 'properties.deleteForClass',
  section: "Properties",
  title: "Delete Class Property",
  summary: "Removes a property from a class.",
  method: 'DELETE',
  path: '/node/api/classes/:classId/props/:propId',
  permissions: "manage-properties | manage-classes",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ classId: pathParam(), propId: pathParam() }),
  }),
});

export const propertiesDeleteForFlow = defineEndpoint({
  id: 'properties.deleteForFlow',
  section: "Properties",
  title: "Delete Flow Property",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/flows/:flow_id/props/:prop_id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ flow_id: pathParam(), prop_id: pathParam() }),
    response: z.unknown(),
  }),
});

export const propertiesDeleteForLink = defineEndpoint({
  id: 'properties.deleteForLink',
  section: "Properties",
  title: "Delete Link Property",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/links/:link_id/props/:prop_id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ link_id: pathParam(), prop_id: pathParam() }),
    response: z.unknown(),
  }),
});

export const propertiesDeleteForObject = defineEndpoint({
  id: 'properties.deleteForObject',
  section: "Properties",
  title: "Delete Object Property",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/objects/:object_id/props/:prop_id',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ object_id: pathParam(), prop_id: pathParam() }),
    response: z.unknown(),
  }),
});

export const propertiesListForChildren = defineEndpoint({
  id: 'properties.listForChildren',
  section: "Properties",
  title: "Get Children Objects' Properties",
  summary: "Lists the Info properties of an object and of its accessible child objects.",
  method: 'GET',
  path: '/node/api/objects/:objectId/children/props',
  permissions: "objectPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ objectId: pathParam() }),
    response: z.array(z.looseObject({
      entityId: maybe(id()),
      entityName: maybe(z.unknown()),
      name: maybe(z.unknown()),
      id: maybe(id()),
    })),
  }),
});

export const propertiesListForClass = defineEndpoint({
  id: 'properties.listForClass',
  section: "Properties",
  title: "Get Class Properties",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/classes/:id/props',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const propertiesListForFlow = defineEndpoint({
  id: 'properties.listForFlow',
  section: "Properties",
  title: "Get Flow Properties",
  summary: "Lists all properties of a flow.",
  method: 'GET',
  path: '/node/api/flows/:id/props',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(propertySchema()),
  }),
});

export const propertiesListForLink = defineEndpoint({
  id: 'properties.listForLink',
  section: "Properties",
  title: "Get Link Properties",
  summary: "Lists all properties of a link.",
  method: 'GET',
  path: '/node/api/links/:id/props',
  permissions: "linkPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(propertySchema()),
  }),
});

export const propertiesSetLinkMonitoring = defineEndpoint({
  id: 'properties.setLinkMonitoring',
  section: "Properties",
  title: "Set Link's Monitoring Properties",
  summary: "Replaces a link's monitoring (data-collection) properties in one call.",
  method: 'POST',
  path: '/node/api/links/:id/monitoring',
  permissions: "linkPermissions & (manage-properties | manage-links)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(objectSchema()),
  }),
});

export const propertiesSetObjectMonitoring = defineEndpoint({
  id: 'properties.setObjectMonitoring',
  section: "Properties",
  title: "Set Object's Monitoring Properties",
  summary: "Replaces an object's monitoring (data-collection) properties in one call.",
  method: 'POST',
  path: '/node/api/objects/:id/monitoring',
  permissions: "objectPermissions & (manage-properties | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(objectSchema()),
  }),
});

export const propertiesTestLinkMonitoring = defineEndpoint({
  id: 'properties.testLinkMonitoring',
  section: "Properties",
  title: "Test Monitoring Properties",
  summary: "Runs a trial monitoring check on a link with the given settings.",
  method: 'POST',
  path: '/node/api/links/:linkId/monitoring/test',
  permissions: "linkPermissions & (manage-properties | manage-link)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ linkId: pathParam() }),
    body: z.array(objectSchema()),
  }),
});

export const propertiesTestObjectMonitoring = defineEndpoint({
  id: 'properties.testObjectMonitoring',
  section: "Properties",
  title: "Test Monitoring Properties",
  summary: "Runs a trial monitoring check on an object with the given settings and returns the resulting stat.",
  method: 'POST',
  path: '/node/api/objects/:objectId/monitoring/test',
  permissions: "objectPermissions & (manage-properties | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ objectId: pathParam() }),
    body: z.array(objectSchema()),
    response: statSchema(),
  }),
});

export const propertiesUpdateForClass = defineEndpoint({
  id: 'properties.updateForClass',
  section: "Properties",
  title: "Update Class Property",
  summary: "Changes a property of a class and returns its ID.",
  method: 'PATCH',
  path: '/node/api/classes/:class_id/props/:prop_id',
  permissions: "manage-properties | manage-classes",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ class_id: pathParam(), prop_id: pathParam() }),
    body: z.looseObject({
      name: z.string(),
      value: z.string(),
      type_id: maybe(id()),
    }),
    response: z.unknown(),
  }),
});

export const propertiesUpdateForFlow = defineEndpoint({
  id: 'properties.updateForFlow',
  section: "Properties",
  title: "Update Flow Property",
  summary: "Changes a property of a flow and returns only the changed fields plus owner info.",
  method: 'PATCH',
  path: '/node/api/flows/:flow_id/props/:prop_id',
  permissions: "manage-properties | manage-flows",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ flow_id: pathParam(), prop_id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      value: maybe(z.string()),
      type_id: maybe(id()),
    })),
    response: z.looseObject({
      id: maybe(id()),
      name: maybe(z.string()),
      value: maybe(z.string()),
      type_id: maybe(id()),
      owner_id: maybe(id()),
      owner_type: maybe(id()),
    }),
  }),
});

export const propertiesUpdateForLink = defineEndpoint({
  id: 'properties.updateForLink',
  section: "Properties",
  title: "Update Link Property",
  summary: "Changes a property of a link and returns the updated property with its owner info.",
  method: 'PATCH',
  path: '/node/api/links/:link_id/props/:prop_id',
  permissions: "linkPermissions & (manage-properties | manage-links)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ link_id: pathParam(), prop_id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      value: maybe(z.string()),
      type_id: maybe(id()),
    })),
    response: propertySchema(),
  }),
});

export const propertiesUpdateForObject = defineEndpoint({
  id: 'properties.updateForObject',
  section: "Properties",
  title: "Update Object Property",
  summary: "Changes an existing property of an object.",
  method: 'PATCH',
  path: '/node/api/objects/:object_id/props/:prop_id',
  permissions: "objectPermissions & (manage-properties | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ object_id: pathParam(), prop_id: pathParam() }),
    body: z.optional(z.looseObject({})),
    response: z.unknown(),
  }),
});
