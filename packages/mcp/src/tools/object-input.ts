import * as z from 'zod';

/** The `object` input of the task tools that act on one object: how a model may name it. */
export const objectInput = () =>
  z
    .string()
    .min(1)
    .describe(
      'The exact object name (any case), its path as the tools show it ("Moscow DC-1 / Rack MSK1-R02 / msk1-web04"), or its id.',
    );
