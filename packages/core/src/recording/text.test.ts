import { describe, expect, it } from 'vitest';
import type { RecordedExchange } from './format.ts';
import { exchangeLine, manifestText, parseRecording, RecordingFormatError } from './text.ts';

const exchange: RecordedExchange = {
  endpoint: 'objects.get',
  request: { method: 'GET', path: '/node/api/objects/1' },
  response: { status: 200, contentType: 'application/json', body: { encoding: 'json', value: { id: '1' } } },
  durationMs: 4,
};

describe('recording text', () => {
  it('reads back what it writes', () => {
    const manifest = manifestText({ recordedBy: 'a test', recordedAt: '2026-12-08T00:00:00.000Z' }, 2);
    const read = parseRecording(manifest, exchangeLine(exchange) + exchangeLine(exchange));
    expect(read.manifest).toEqual({
      format: 'saymon-recording',
      version: 1,
      recordedBy: 'a test',
      recordedAt: '2026-12-08T00:00:00.000Z',
      exchanges: 2,
    });
    expect(read.exchanges).toEqual([exchange, exchange]);
  });

  it.each([
    ['another format', '{"format":"har","version":1}', '', /recording.json: not a saymon-recording/],
    ['a version it does not know', '{"format":"saymon-recording","version":2}', '', /version 2 is not one/],
    ['a manifest that is not JSON', '{', '', /recording.json: not JSON/],
    [
      'a line that is not JSON',
      manifestText({ recordedBy: 't', recordedAt: 't' }, 1),
      '{"endpoint":',
      /exchanges.jsonl line 1: not JSON/,
    ],
    [
      'a line without a status',
      manifestText({ recordedBy: 't', recordedAt: 't' }, 1),
      JSON.stringify({ ...exchange, response: {} }),
      /line 1: "response" needs a status/,
    ],
    [
      'a body of an unknown encoding',
      manifestText({ recordedBy: 't', recordedAt: 't' }, 1),
      JSON.stringify({ ...exchange, response: { status: 200, body: { encoding: 'gzip' } } }),
      /line 1: a body has an unknown encoding/,
    ],
    [
      'a count that does not match',
      manifestText({ recordedBy: 't', recordedAt: 't' }, 3),
      exchangeLine(exchange),
      /counts 3 exchanges, exchanges.jsonl has 1/,
    ],
  ])('refuses %s with a RecordingFormatError', (_, manifest, lines, message) => {
    expect(() => parseRecording(manifest, lines)).toThrow(RecordingFormatError);
    expect(() => parseRecording(manifest, lines)).toThrow(message);
  });
});
