import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { propertyClassSchema } from '../models/property-class.ts';
import { propertyValueTypeSchema } from '../models/property-value-type.ts';
import { json, pathParam } from '../schema/conventions.ts';

/** The writable fields of a property class; none is marked required. */
const propertyClassFields = () =>
  z.looseObject({
    name: z.optional(z.string()),
    description: z.optional(z.string()),
    /** A value type id such as `date`, `datetime`, `dictionary`, `ip`, `mac`. */
    value_type_id: z.optional(z.string()),
    // Typed Object in the docs; their own example sends "".
    value: z.optional(json()),
    multiple: z.optional(z.boolean()),
    /** The dictionary id, for the `dictionary` value type. */
    source: z.optional(z.string()),
    mask: z.optional(z.string()),
    multiple_separator: z.optional(z.string()),
    value_display_template: z.optional(z.string()),
  });

export const propertyClassesCreate = defineEndpoint({
  id: 'propertyClasses.create',
  section: 'Property Classes',
  title: 'Create Property Class',
  method: 'POST',
  path: '/node/api/property-classes',
  permissions: 'manage-property-classes',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: propertyClassFields(),
    response: propertyClassSchema(),
  }),
});

export const propertyClassesGet = defineEndpoint({
  id: 'propertyClasses.get',
  section: 'Property Classes',
  title: 'Get Property Class',
  method: 'GET',
  path: '/node/api/property-classes/:id',
  permissions: '',
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
  section: 'Property Classes',
  title: 'Get All Property Classes',
  method: 'GET',
  path: '/node/api/property-classes',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(propertyClassSchema()),
  }),
});

export const propertyClassesUpdate = defineEndpoint({
  id: 'propertyClasses.update',
  section: 'Property Classes',
  title: 'Modify Property Class',
  method: 'PATCH',
  path: '/node/api/property-classes/:id',
  permissions: 'manage-property-classes',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: propertyClassFields(),
    response: propertyClassSchema(),
  }),
});

export const propertyClassesValueTypes = defineEndpoint({
  id: 'propertyClasses.valueTypes',
  section: 'Property Classes',
  title: 'Get All Property Value Types',
  method: 'GET',
  path: '/node/api/property-value-types',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(propertyValueTypeSchema()),
  }),
});
