import * as z from 'zod/mini';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/**
 * The body of an error answer. `code` is e.g. `InvalidContent`, `BadRequest`, `Unauthorized`,
 * `InvalidCredentials`, `ResourceNotFound` or `Internal`; for 401 answers `message` is itself a JSON
 * document (`{"errorCode":3,"message":"Not logged in."}`). Unknown fields are kept.
 */
export const errorResponseSchema = lazy(() =>
  z.looseObject({
    code: z.string(),
    message: z.string(),
  }),
);

export type ErrorResponse = Known<z.output<ReturnType<typeof errorResponseSchema>>>;
