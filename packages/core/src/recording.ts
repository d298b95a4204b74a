/**
 * @saymon-sdk/core/recording — the format `saymon doctor --record` and the emulator's validating
 * proxy write and a seeded emulator reads (`fidelity/recordings/README.md`): its types and
 * constants, the redaction every writer goes through, and the text of both files, written and read
 * back with every line checked. Pure functions: the file IO is the caller's (Node code).
 */
export {
  EXCHANGES_FILE,
  MANIFEST_FILE,
  type ManifestFacts,
  type RawExchange,
  RECORDED_BODY_LIMIT,
  RECORDING_FORMAT,
  RECORDING_VERSION,
  type RecordedBody,
  type RecordedExchange,
  type RecordingManifest,
} from './recording/format.ts';
export { redactExchange } from './recording/redact.ts';
export {
  exchangeLine,
  manifestText,
  parseExchanges,
  parseManifest,
  parseRecording,
  RecordingFormatError,
  recordedJson,
} from './recording/text.ts';
