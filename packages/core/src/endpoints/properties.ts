import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { propertyChangeSchema, propertySchema } from '../models/property.ts';
import { statSchema } from '../models/stat.ts';
import { idOut, int, opt, pathParam, propertyValue } from '../schema/conventions.ts';

/** A new property: name and value are required; `type_id` defaults to 1 (Info). */
const newProperty = () =>
  z.looseObject({
    name: z.string(),
    value: propertyValue(),
    type_id: z.optional(int()),
  });

/** A property change: only the fields sent are changed. */
const propertyChange = () =>
  z.looseObject({
    name: z.optional(z.string()),
    value: z.optional(propertyValue()),
    type_id: z.optional(int()),
  });

/** The complete set of monitoring (service) properties, as `{ name, value }` pairs. */
const monitoringSettings = () => z.array(z.looseObject({ name: z.string(), value: z.string() }));

/** Monitoring settings for a one-off check; `destroy: true` leaves a setting out of the check. */
const monitoringCheck = () =>
  z.array(
    z.looseObject({
      name: z.string(),
      value: z.optional(z.string()),
      destroy: z.optional(z.boolean()),
    }),
  );

export const propertiesCheckLinkNow = defineEndpoint({
  id: 'properties.checkLinkNow',
  section: 'Properties',
  title: "Perform Link's Monitoring Check",
  method: 'POST',
  path: '/node/api/links/:linkId/monitoring/now',
  permissions: 'linkPermissions & (manage-properties | manage-links)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: monitoringCheck(),
  }),
});

export const propertiesCheckObjectNow = defineEndpoint({
  id: 'properties.checkObjectNow',
  section: 'Properties',
  title: "Perform Object's Monitoring Check",
  method: 'POST',
  path: '/node/api/objects/:objectId/monitoring/now',
  permissions: 'objectPermissions & (manage-properties | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: monitoringCheck(),
  }),
});

export const propertiesCreateForClass = defineEndpoint({
  id: 'properties.createForClass',
  section: 'Properties',
  title: 'Create Class Property',
  method: 'POST',
  path: '/node/api/classes/:id/props',
  permissions: 'manage-properties | manage-classes',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: newProperty(),
    // The docs leave the answer out; the sibling calls answer with the property (at least its id).
    response: propertySchema(),
  }),
});

export const propertiesCreateForFlow = defineEndpoint({
  id: 'properties.createForFlow',
  section: 'Properties',
  title: 'Create Flow Property',
  method: 'POST',
  path: '/node/api/flows/:id/props',
  permissions: 'manage-properties | manage-flows',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: newProperty(),
    response: propertySchema(),
  }),
});

export const propertiesCreateForLink = defineEndpoint({
  id: 'properties.createForLink',
  section: 'Properties',
  title: 'Create Link Property',
  method: 'POST',
  path: '/node/api/links/:id/props',
  permissions: 'linkPermissions & (manage-properties | manage-links)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: newProperty(),
    response: propertySchema(),
  }),
});

export const propertiesCreateForObject = defineEndpoint({
  id: 'properties.createForObject',
  section: 'Properties',
  title: 'Create Object Property',
  method: 'POST',
  path: '/node/api/objects/:id/props',
  permissions: 'objectPermissions & (manage-properties | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: newProperty(),
    response: propertySchema(),
  }),
});

export const propertiesDeleteForClass = defineEndpoint({
  id: 'properties.deleteForClass',
  section: 'Properties',
  title: 'Delete Class Property',
  method: 'DELETE',
  path: '/node/api/classes/:class_id/props/:prop_id',
  permissions: 'manage-properties | manage-classes',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam(), propId: pathParam() }),
  }),
});

export const propertiesDeleteForFlow = defineEndpoint({
  id: 'properties.deleteForFlow',
  section: 'Properties',
  title: 'Delete Flow Property',
  method: 'DELETE',
  path: '/node/api/flows/:flow_id/props/:prop_id',
  permissions: 'manage-properties | manage-flows',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam(), propId: pathParam() }),
  }),
});

export const propertiesDeleteForLink = defineEndpoint({
  id: 'properties.deleteForLink',
  section: 'Properties',
  title: 'Delete Link Property',
  method: 'DELETE',
  path: '/node/api/links/:link_id/props/:prop_id',
  permissions: 'linkPermissions & (manage-properties | manage-links)',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam(), propId: pathParam() }),
  }),
});

export const propertiesDeleteForObject = defineEndpoint({
  id: 'properties.deleteForObject',
  section: 'Properties',
  title: 'Delete Object Property',
  method: 'DELETE',
  path: '/node/api/objects/:object_id/props/:prop_id',
  permissions: 'objectPermissions & (manage-properties | manage-objects)',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam(), propId: pathParam() }),
  }),
});

export const propertiesListForChildren = defineEndpoint({
  id: 'properties.listForChildren',
  section: 'Properties',
  title: "Get Children Objects' Properties",
  method: 'GET',
  path: '/node/api/objects/:objectId/children/props',
  permissions: 'objectPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(
      z.looseObject({
        entityId: opt(idOut()),
        entityName: opt(z.string()),
        name: opt(z.string()),
        // not unique across the list, per the docs
        id: opt(idOut()),
      }),
    ),
  }),
});

export const propertiesListForClass = defineEndpoint({
  id: 'properties.listForClass',
  section: 'Properties',
  title: 'Get Class Properties',
  method: 'GET',
  path: '/node/api/classes/:id/props',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(propertySchema()),
  }),
});

export const propertiesListForFlow = defineEndpoint({
  id: 'properties.listForFlow',
  section: 'Properties',
  title: 'Get Flow Properties',
  method: 'GET',
  path: '/node/api/flows/:id/props',
  permissions: '',
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
  section: 'Properties',
  title: 'Get Link Properties',
  method: 'GET',
  path: '/node/api/links/:id/props',
  permissions: 'linkPermissions',
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
  section: 'Properties',
  title: "Set Link's Monitoring Properties",
  method: 'POST',
  path: '/node/api/links/:id/monitoring',
  permissions: 'linkPermissions & (manage-properties | manage-links)',
  provenance: 'documented',
  // replaces the monitoring properties
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: monitoringSettings(),
  }),
});

export const propertiesSetObjectMonitoring = defineEndpoint({
  id: 'properties.setObjectMonitoring',
  section: 'Properties',
  title: "Set Object's Monitoring Properties",
  method: 'POST',
  path: '/node/api/objects/:id/monitoring',
  permissions: 'objectPermissions & (manage-properties | manage-objects)',
  provenance: 'documented',
  // replaces the monitoring properties
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: monitoringSettings(),
  }),
});

export const propertiesTestLinkMonitoring = defineEndpoint({
  id: 'properties.testLinkMonitoring',
  section: 'Properties',
  title: 'Test Monitoring Properties',
  method: 'POST',
  path: '/node/api/links/:linkId/monitoring/test',
  // 'manage-link' (singular) is what the docs print
  permissions: 'linkPermissions & (manage-properties | manage-link)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: monitoringCheck(),
  }),
});

export const propertiesTestObjectMonitoring = defineEndpoint({
  id: 'properties.testObjectMonitoring',
  section: 'Properties',
  title: 'Test Monitoring Properties',
  method: 'POST',
  path: '/node/api/objects/:objectId/monitoring/test',
  permissions: 'objectPermissions & (manage-properties | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: monitoringCheck(),
    response: statSchema(),
  }),
});

export const propertiesUpdateForClass = defineEndpoint({
  id: 'properties.updateForClass',
  section: 'Properties',
  title: 'Update Class Property',
  method: 'PATCH',
  path: '/node/api/classes/:class_id/props/:prop_id',
  permissions: 'manage-properties | manage-classes',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam(), propId: pathParam() }),
    // The table marks name and value required, but the docs' own request sends only value.
    body: propertyChange(),
    // Documented only as "the id of the updated property"; the link and flow variants answer with an object.
    response: propertyChangeSchema(),
  }),
});

export const propertiesUpdateForFlow = defineEndpoint({
  id: 'properties.updateForFlow',
  section: 'Properties',
  title: 'Update Flow Property',
  method: 'PATCH',
  path: '/node/api/flows/:flow_id/props/:prop_id',
  permissions: 'manage-properties | manage-flows',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam(), propId: pathParam() }),
    body: propertyChange(),
    response: propertyChangeSchema(),
  }),
});

export const propertiesUpdateForLink = defineEndpoint({
  id: 'properties.updateForLink',
  section: 'Properties',
  title: 'Update Link Property',
  method: 'PATCH',
  path: '/node/api/links/:link_id/props/:prop_id',
  permissions: 'linkPermissions & (manage-properties | manage-links)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam(), propId: pathParam() }),
    body: propertyChange(),
    response: propertyChangeSchema(),
  }),
});

export const propertiesUpdateForObject = defineEndpoint({
  id: 'properties.updateForObject',
  section: 'Properties',
  title: 'Update Object Property',
  method: 'PATCH',
  path: '/node/api/objects/:object_id/props/:prop_id',
  permissions: 'objectPermissions & (manage-properties | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam(), propId: pathParam() }),
    body: propertyChange(),
    // The answer is undocumented; the link variant answers with the property.
    response: propertyChangeSchema(),
  }),
});
