import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** A saved layout of a UI page (e.g. the incidents table), identified by its key. Unknown fields are kept. */
export const presetSchema = lazy(() =>
  z.looseObject({
    id: maybe(id()),
    name: maybe(z.string()),
    key: maybe(z.string()),
    // free-form; the fields below are those of the `incident-page-preset-picker` key
    data: maybe(
      z.looseObject({
        sortData: maybe(
          z.looseObject({
            column: maybe(z.string()),
            /** asc or desc. */
            direction: maybe(z.string()),
          }),
        ),
        visibleHeaderIds: maybe(z.array(z.unknown())),
        columnOrder: maybe(z.array(z.string())),
      }),
    ),
  }),
);

export type Preset = z.output<ReturnType<typeof presetSchema>>;
