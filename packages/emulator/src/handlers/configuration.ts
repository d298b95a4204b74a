/** The server configuration: read (mail credentials only with manage-configuration) and merge-patched. */
import { holds } from '../access.ts';
import { configurationView, updateConfiguration } from '../domain/configuration.ts';
import { handlers } from '../handler.ts';

export const configurationHandlers = handlers({
  'configuration.get': ({ store, user }) =>
    configurationView(store.state.configuration, holds(user, 'manage-configuration')),

  'configuration.update': ({ body, store, user }) => updateConfiguration(store, user, body as Record<string, unknown>),
});
