/**
 * Type guards for the SDK's errors that work across realms and SDK copies (they read a
 * `Symbol.for` brand, not the prototype chain): `if (isSaymonApiError(e) && e.status === 404)`.
 */
import {
  BRANDS,
  hasBrand,
  type SaymonApiError,
  type SaymonError,
  type SaymonNetworkError,
  type SaymonResponseValidationError,
  type SaymonSessionError,
  type SaymonTimeoutError,
  type SaymonValidationError,
} from './errors.ts';

export const isSaymonError = (value: unknown): value is SaymonError => hasBrand(value, BRANDS.SaymonError);
export const isSaymonApiError = (value: unknown): value is SaymonApiError => hasBrand(value, BRANDS.SaymonApiError);
export const isSaymonValidationError = (value: unknown): value is SaymonValidationError =>
  hasBrand(value, BRANDS.SaymonValidationError);
export const isSaymonResponseValidationError = (value: unknown): value is SaymonResponseValidationError =>
  hasBrand(value, BRANDS.SaymonResponseValidationError);
export const isSaymonNetworkError = (value: unknown): value is SaymonNetworkError =>
  hasBrand(value, BRANDS.SaymonNetworkError);
export const isSaymonTimeoutError = (value: unknown): value is SaymonTimeoutError =>
  hasBrand(value, BRANDS.SaymonTimeoutError);
export const isSaymonSessionError = (value: unknown): value is SaymonSessionError =>
  hasBrand(value, BRANDS.SaymonSessionError);
