/** MQTT subscriptions (those of the objects and links the caller may see). */
import { findEntity } from '../domain/lookup.ts';
import { handlers } from '../handler.ts';

export const mqttHandlers = handlers({
  'mqtt.subscriptions': ({ store, user }) =>
    store.state.mqttSubscriptions
      .filter((subscription) => {
        const owner = subscription.owner as { entityId?: unknown; entityType?: unknown } | undefined;
        if (!owner?.entityId) return false;
        return findEntity(store, user, String(owner.entityId), owner.entityType as number) !== undefined;
      })
      // the docs show no id on a subscription: the store's own id is not sent
      .map(({ id: _id, ...subscription }) => subscription),
});
