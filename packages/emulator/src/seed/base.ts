import { endpoints, permissionNames } from '@saymon-sdk/core';
import { permissionNamesIn } from '../permissions.ts';
import { emptyState, type Rec, type State } from '../store/state.ts';
import { DEFAULT_NOTIFICATION_TEMPLATES } from './notification-templates.ts';

/** The users every seed has. */
export const USER_IDS = { admin: '5716383a15ebe5891125d6ca', viewer: '578cf86daa6ca8853bec66df' } as const;

/** Built-in monitoring states (SAYMON's ids; there is no state 2). */
export const STATE = {
  created: 1,
  working: 3,
  overloaded: 4,
  alarm: 5,
  stopped: 6,
  noData: 7,
  down: 8,
  disabled: 9,
} as const;

/** Built-in incident levels. Clearing an incident sets its level to `cleared` (3). */
export const INCIDENT_LEVEL = { alarm: '1', warning: '2', cleared: '3', major: '4' } as const;

/** Ids of the built-in classes the seeds use (class ids are numbers on objects, as real servers send them). */
export const CLASS = {
  group: 1,
  site: 2,
  server: 3,
  cpu: 4,
  memory: 5,
  disk: 6,
  rack: 7,
  switch: 8,
  router: 9,
  firewall: 10,
  httpCheck: 24,
  database: 25,
  service: 26,
  link: 35,
} as const;

export const TAG = {
  production: '65a4f0c0e1d2a30000000001',
  staging: '65a4f0c0e1d2a30000000002',
  critical: '65a4f0c0e1d2a30000000003',
  network: '65a4f0c0e1d2a30000000004',
  database: '65a4f0c0e1d2a30000000005',
  external: '65a4f0c0e1d2a30000000006',
} as const;

/**
 * Higher priority = more severe: a parent shows the state of highest priority among itself and
 * its children.
 */
const STATES: [number, string, number, string, string, string][] = [
  // id, name, priority, main, light, background
  [STATE.created, 'Created', 1, '#9e9e9e', '#e0e0e0', '#f5f5f5'],
  [STATE.working, 'Working', 2, '#43a047', '#a5d6a7', '#e8f5e9'],
  [STATE.overloaded, 'Overloaded', 5, '#fb8c00', '#ffcc80', '#fff3e0'],
  [STATE.alarm, 'Alarm', 6, '#e53935', '#ef9a9a', '#ffebee'],
  [STATE.stopped, 'Stopped', 4, '#6d4c41', '#bcaaa4', '#efebe9'],
  [STATE.noData, 'NoData', 3, '#546e7a', '#b0bec5', '#eceff1'],
  [STATE.down, 'Down', 7, '#b71c1c', '#e57373', '#fce4ec'],
  [STATE.disabled, 'Disabled', 0, '#bdbdbd', '#eeeeee', '#fafafa'],
];

/** id, name, color, description, priority (higher = more severe, as for states). */
const INCIDENT_LEVELS: [string, string, string, string, number][] = [
  [INCIDENT_LEVEL.alarm, 'Alarm', '#e53935', 'A service is unavailable or a critical threshold is crossed.', 3],
  [INCIDENT_LEVEL.warning, 'Warning', '#fdd835', 'A value is approaching its limit; no impact yet.', 1],
  [INCIDENT_LEVEL.cleared, 'Cleared', '#43a047', 'The cause is gone; the incident stays listed until it expires.', 0],
  [INCIDENT_LEVEL.major, 'Major', '#fb8c00', 'Degraded service: needs attention soon.', 2],
];

const columns = (...names: string[]) =>
  names.map((name) => ({ id: name.toLowerCase(), name, type: 'property', hidden: false, removable: true }));

/** id, name, description, category, UI settings, names of the default (info) properties. */
const CLASSES: [number, string, string, string, Record<string, unknown>, string[]][] = [
  [
    CLASS.group,
    'Group',
    'Root and folder objects that group other objects.',
    'groups',
    { default_view: 'standard' },
    [],
  ],
  [
    CLASS.site,
    'Site',
    'A data center or office.',
    'groups',
    { default_view: 'geo-view', defaultDim: [160, 90] },
    ['Address'],
  ],
  [
    CLASS.server,
    'Server',
    'A physical or virtual host.',
    'hosts',
    { default_view: 'standard', defaultDim: [120, 60], columns: columns('IP', 'Vendor', 'Model', 'OS') },
    ['SN', 'Vendor', 'Model', 'IP', 'Location', 'OS'],
  ],
  [CLASS.cpu, 'CPU', 'Processor load of a host.', 'components', { defaultDim: [80, 40] }, []],
  [CLASS.memory, 'Memory', 'Memory usage of a host.', 'components', { defaultDim: [80, 40] }, []],
  [CLASS.disk, 'Disk', 'A file system of a host.', 'components', { defaultDim: [80, 40] }, ['Mount point']],
  [
    CLASS.rack,
    'Rack',
    'A rack cabinet.',
    'groups',
    { default_view: 'grid-view', defaultDim: [80, 160] },
    ['Location', 'Units'],
  ],
  [
    CLASS.switch,
    'Switch',
    'An Ethernet switch.',
    'network',
    { default_view: 'standard', columns: columns('IP', 'Vendor', 'Model') },
    ['SN', 'Vendor', 'Model', 'IP', 'Location', 'Firmware'],
  ],
  [CLASS.router, 'Router', 'A router.', 'network', {}, ['SN', 'Vendor', 'Model', 'IP', 'Location', 'Firmware']],
  [CLASS.firewall, 'Firewall', 'A firewall.', 'network', {}, ['SN', 'Vendor', 'Model', 'IP', 'Location', 'Firmware']],
  [
    CLASS.httpCheck,
    'HTTP check',
    'An HTTP(S) probe run by an agent.',
    'services',
    { columns: columns('URL') },
    ['URL'],
  ],
  [CLASS.database, 'Database', 'A database server process.', 'services', {}, ['Port', 'Version']],
  [CLASS.service, 'Service', 'A service or daemon running on a host.', 'services', {}, ['Port', 'Version']],
  [CLASS.link, 'Link', 'A connection between two objects.', 'links', {}, ['Bandwidth']],
];

const PROPERTY_VALUE_TYPES: Rec[] = [
  { id: 'text', name: 'Text', mask: '', system: true },
  { id: 'number', name: 'Number', mask: { regex: '^-?\\d+(\\.\\d+)?$' }, system: true },
  { id: 'date', name: 'Date', mask: '', system: true },
  { id: 'datetime', name: 'Date and time', mask: '', system: true },
  { id: 'dictionary', name: 'Dictionary', mask: '', system: true },
  { id: 'ip', name: 'IP address', mask: 'ip', system: true },
  { id: 'mac', name: 'MAC address', mask: { regex: '^[A-Fa-f0-9]{2}(:[A-Fa-f0-9]{2}){5}$' }, system: true },
  { id: 'url', name: 'URL', mask: { regex: '^https?://\\S+$' }, system: true },
];

const PROPERTY_CLASSES: [string, string, string, boolean][] = [
  ['65a4f0c0e1d2a30000000101', 'Date', 'date', true],
  ['65a4f0c0e1d2a30000000102', 'DateTime', 'datetime', true],
  ['65a4f0c0e1d2a30000000103', 'IP address', 'ip', false],
  ['65a4f0c0e1d2a30000000104', 'MAC address', 'mac', false],
  ['65a4f0c0e1d2a30000000105', 'Web address', 'url', false],
];

function user(id: string, login: string, password: string, displayName: string, permissions: string[]) {
  return {
    id,
    login,
    password,
    displayName,
    email: `${login}@example.com`,
    permissions,
    objectPermissions: { include: ['1'], exclude: [] },
    authenticationToken: null,
    group: null,
    status: 2,
    favorites: [],
  };
}

/** Root object, users, and the reference data every SAYMON server has. */
export function baseState(seed: string, now: number): State {
  const state = emptyState(seed);
  state.objects['1'] = {
    id: '1',
    name: 'Root',
    class_id: CLASS.group,
    state_id: STATE.working,
    parent_id: [],
    child_ids: [],
    child_link_ids: [],
    child_ref_ids: [],
    properties: [],
    operations: [],
    tags: [],
    entityType: 1,
    created: now,
    updated: now,
    last_state_update: now,
    _version: 0,
  };
  // admin: every permission, sees everything; viewer: no permission, sees everything read-only
  state.users[USER_IDS.admin] = user(USER_IDS.admin, 'admin', 'saymon', 'Administrator', [
    ...new Set([...permissionNames, ...permissionNamesIn(endpoints.map((e) => e.permissions))]),
  ]);
  state.users[USER_IDS.viewer] = user(USER_IDS.viewer, 'viewer', 'viewer', 'Read-only viewer', []);

  for (const [id, name, priority, main, light, background] of STATES) {
    const colors = { main, light, background, shadow: `${main}66` };
    state.states[String(id)] = { id: String(id), name, priority, svgBackground: [light, main], ui: { colors } };
  }
  for (const [id, name, main, description, priority] of INCIDENT_LEVELS) {
    state.incidentLevels[id] = { id, name, description, comment: '', priority, ui: { colors: { main } } };
  }
  for (const [id, name, description, category, ui, props] of CLASSES) {
    const key = String(id);
    state.classes[key] = {
      id: key,
      name,
      description,
      category_id: category,
      client_data: JSON.stringify(ui),
      operations: [],
      properties: props.map((p, i) => ({
        id: `${(0x65a4f0c0 + id).toString(16)}${String(i + 1).padStart(16, '0')}`,
        name: p,
        value: '',
        type_id: 1,
      })),
      triggers: [],
      entityType: 4,
    };
  }
  state.propertyValueTypes = PROPERTY_VALUE_TYPES.map((t) => structuredClone(t));
  for (const [id, name, valueType, system] of PROPERTY_CLASSES) {
    state.propertyClasses[id] = {
      id,
      name,
      description: '',
      value_type_id: valueType,
      value: null,
      multiple: false,
      multiple_separator: ', ',
      source: '',
      mask: '',
      system,
      value_display_template: '{{0}}',
    };
  }
  // the factory texts of the notification-templates handlers, so restore-default gives back these
  for (const [id, t] of Object.entries(DEFAULT_NOTIFICATION_TEMPLATES)) {
    state.notificationTemplates[id] = { id, content: { single: t.single, pack: t.pack } };
  }
  for (const [name, id] of Object.entries(TAG)) state.tags[id] = { id, name };

  state.configuration = {
    conditional_incidents_enabled: true,
    server: {
      retain_expired_stat: false,
      history_update_period: 60_000,
      stat_scan_period: 30_000,
      event_log_max_bytes: '1 G',
      default_result_timeout: 300_000,
      incident_timeout: 3_600_000,
      email: {
        disabled: true,
        transport: { host: 'smtp.example.com', port: 587, secure: false },
        fields: { from: 'SAYMON <saymon@example.com>' },
        max_json_length: 10_000,
      },
      user: { new_user_access: 'none' },
    },
  };
  return state;
}
