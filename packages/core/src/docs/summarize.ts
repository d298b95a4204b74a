import type { AnyEndpoint } from '../contract/define.ts';

/** The ids of a section module's endpoint definitions. */
type IdsOf<Section> = {
  [K in keyof Section]: Section[K] extends AnyEndpoint ? Section[K]['id'] : never;
}[keyof Section];

/**
 * Types a section's summaries: one line for every endpoint the section module defines, and no
 * other key (the compiler reports a missing, misspelt or extra id). Summaries live apart from the
 * definitions so that client bundles do not carry ~230 sentences they never show; the method
 * docs, the OpenAPI document, the Python client and the playground read them from here.
 */
export const summarize =
  <Section>() =>
  (summaries: { readonly [Id in IdsOf<Section>]: string }) =>
    summaries;
