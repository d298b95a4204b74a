/** Assertions and names every scenario file shares. */
import { SaymonApiError, SaymonValidationError } from '@saymon-sdk/node';
import { expect } from 'vitest';

let counter = 0;

/** A name no other scenario uses. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix} ${Date.now().toString(36)}-${counter}`;
}

/** Asserts that a call fails with a SAYMON API error of the given status (and fields). */
export async function expectApiError(call: Promise<unknown>, status: number, fields: Record<string, unknown> = {}) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SaymonApiError);
  expect(error).toMatchObject({ status, ...fields });
  return error as SaymonApiError;
}

/** The call fails with this HTTP status (a SaymonApiError). */
export async function expectStatus(call: Promise<unknown>, status: number) {
  await expectApiError(call, status);
}

/** The SDK refuses the input before sending anything. */
export async function expectInvalid(call: Promise<unknown>) {
  await expect(call).rejects.toBeInstanceOf(SaymonValidationError);
}
