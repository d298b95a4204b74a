/**
 * What each section of SAYMON's API (an endpoint's `section`) is about, in our own words: the tag
 * descriptions of the OpenAPI document. One entry per section the registry uses, and no other
 * (a test compares them).
 */
export const sectionDescriptions = {
  Agents: 'Software updates for the SAYMON agents that collect monitoring data.',
  Authentication: 'API tokens and sessions: obtaining, checking and ending the credentials of a user.',
  Bulks: 'Changes applied to many objects in one request, run in the background, and their progress.',
  Classes: 'Classes of monitored entities (host, service, …): their definitions and the conditions members share.',
  Configuration: "The server's own settings, read and changed as one document.",
  Dictionaries: 'Key/value tables that properties and widgets look values up in.',
  'Dictionary Groups': 'Named groups that keep dictionaries in order.',
  Entities: 'Calls that accept an object or a link alike: reading one, feeding it data, setting its state.',
  'Event Log': 'SNMP traps and MQTT messages the server received, filtered by time and kind.',
  Flows: 'Flows: paths drawn through objects inside a parent object.',
  'History Annotations': 'Text notes pinned to moments on the history timeline.',
  'Incident Levels': 'The severity levels incidents are raised at, with their names and colours.',
  Incidents:
    'Incidents raised by conditions: listing, creating, acknowledging, clearing, commenting and restoring them.',
  Jobs: 'Records of operation runs on objects and links, with their results.',
  Limits: "Requests the server's rate limits have turned away.",
  Links: 'Links between two objects: their records and the documents, properties, conditions and history they carry.',
  'Metric Tokens': 'Tokens that let anyone holding them read one metric of an object or link without signing in.',
  MQTT: 'The MQTT topics the server subscribes to, and where their data goes.',
  'Notification Templates': 'The texts of notifications the server sends, their previews, and the defaults to restore.',
  Objects:
    'Monitored objects: the tree of records and the documents, properties, conditions, history and children they carry.',
  Operations: 'Actions (scripts, MQTT messages) defined on classes, objects and links, and starting them.',
  Presets: 'Saved views and layouts (for example of the incident table), stored by name.',
  Properties: 'Named values attached to classes, objects, links and flows; also on-demand monitoring checks.',
  'Property Classes': 'Types of properties (date, IP address, dictionary entry, …) and the value types they build on.',
  References: 'References that show an object in another place of the tree without moving it.',
  Resources: 'Stored files, such as background images of objects, downloaded as bytes.',
  Scripts: 'Scripts kept on the server, with their source text.',
  Service: 'Facts about the server itself, such as the build it runs.',
  Stat: 'Monitoring data records of several objects and links: the current ones and past ones.',
  'State History': 'When objects and links changed state, for one entity or across the estate.',
  States: 'The states an entity can be in: the built-in ones and custom ones with their colours and priority.',
  'Stat Rules': 'Rules that process incoming monitoring data of an object or link before it is stored.',
  Tags: 'Labels attached to objects and links.',
  'User Groups': 'Groups of users and the rights they share.',
  Users: 'User accounts: reading and changing them, sign-up and password recovery, audit and session logs, favourites.',
  'API v2': 'Paged, filtered searches of objects, links and references (newer servers, experimental).',
} as const satisfies Record<string, string>;

/** The description of a section, `undefined` for one the registry does not use. */
export function sectionDescriptionOf(section: string): string | undefined {
  return Object.hasOwn(sectionDescriptions, section)
    ? sectionDescriptions[section as keyof typeof sectionDescriptions]
    : undefined;
}
