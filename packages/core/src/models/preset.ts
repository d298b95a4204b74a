import * as z from 'zod/mini';
import { idOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** A saved layout of a UI page (e.g. the incidents table), identified by its key. Unknown fields are kept. */
export const presetSchema = lazy(() =>
  z.looseObject({
    id: opt(idOut()),
    name: opt(z.string()),
    key: opt(z.string()),
    // free-form; the fields below are those of the `incident-page-preset-picker` key
    data: opt(
      z.looseObject({
        sortData: opt(
          z.looseObject({
            column: opt(z.string()),
            /** asc or desc. */
            direction: opt(z.string()),
          }),
        ),
        visibleHeaderIds: opt(z.array(z.unknown())),
        columnOrder: opt(z.array(z.string())),
      }),
    ),
  }),
);

export type Preset = Known<z.output<ReturnType<typeof presetSchema>>>;
