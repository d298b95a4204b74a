import * as z from 'zod/mini';
import { propertyClassSchema } from '../models/property-class.ts';
import { propertyValueTypeSchema } from '../models/property-value-type.ts';
import { defineEndpoint } from '../registry/define.ts';
import { anyObject, id, maybe, pathParam } from '../schema/conventions.ts';

export const propertyClassesCreate = defineEndpoint({
  id: 'propertyClasses.create',
  section: "Property Classes",
  title: "Create Property Class",
  summary: "Creates a new property class and echoes it back.",
  method: 'POST',
  path: '/node/api/property-classes',
  permissions: "manage-property-classes",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      description: maybe(z.string()),
      value_type_id: maybe(id()),
      value: maybe(anyObject()),
      multiple: maybe(z.boolean()),
      source: maybe(z.string()),
      mask: maybe(z.string()),
      multiple_separator: maybe(z.string()),
      value_display_template: maybe(z.string()),
    })),
    response: propertyClassSchema(),
  }),
});

export const propertyClassesGet = defineEndpoint({
  id: 'propertyClasses.get',
  section: "Property Classes",
  title: "Get Property Class",
  summary: "Reads one property class by its ID.",
  method: 'GET',
  path: '/node/api/property-classes/:id',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: propertyClassSchema(),
  }),
});

export const propertyClassesList = defineEndpoint({
  id: 'propertyClasses.list',
  section: "Property Classes",
  title: "Get All Property Classes",
  summary: "Lists every property class, including the built-in ones.",
  method: 'GET',
  path: '/node/api/property-classes',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(propertyClassSchema()),
  }),
});

export const propertyClassesUpdate = defineEndpoint({
  id: 'propertyClasses.update',
  section: "Property Classes",
  title: "Modify Property Class",
  summary: "Partially updates an existing property class.",
  method: 'PATCH',
  path: '/node/api/property-classes/:id',
  permissions: "manage-property-classes",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      description: maybe(z.string()),
      value_type_id: maybe(id()),
      value: maybe(anyObject()),
      multiple: maybe(z.boolean()),
      source: maybe(z.string()),
      mask: maybe(z.string()),
      multiple_separator: maybe(z.string()),
      value_display_template: maybe(z.string()),
    })),
    response: propertyClassSchema(),
  }),
});

export const propertyClassesValueTypes = defineEndpoint({
  id: 'propertyClasses.valueTypes',
  section: "Property Classes",
  title: "Get All Property Value Types",
  summary: "Lists the value types that property classes can be based on.",
  method: 'GET',
  path: '/node/api/property-value-types',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(propertyValueTypeSchema()),
  }),
});
