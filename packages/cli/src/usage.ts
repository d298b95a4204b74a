/** The usage line of an endpoint command (apart from help, which loads the docs). */
import type { AnyEndpoint } from '@saymon-sdk/core';
import { commandOf } from './names.ts';
import { commandParams } from './params.ts';

/** The usage line of an endpoint command. */
export function usageOf(endpoint: AnyEndpoint): string {
  const { group, verb } = commandOf(endpoint.id);
  const params = commandParams(endpoint);
  const words = ['saymon', group, verb, ...params.positionals.map((p) => `<${p}>`)];
  if (params.flags.length > 0) words.push('[flags]');
  if (params.body === 'required') words.push('--body <JSON|@file|->');
  else if (params.body === 'optional') words.push('[--body <JSON|@file|->]');
  return words.join(' ');
}
