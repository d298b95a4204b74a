import * as z from 'zod/mini';
import { id, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** SAYMON MQTT Subscription. Unknown fields are kept. */
export const mqttSubscriptionSchema = lazy(() =>
  z.looseObject({
    owner: maybe(z.looseObject({
      entityId: maybe(id()),
      entityType: maybe(id()),
    })),
    topic: maybe(z.string()),
    dataExpiryPeriod: maybe(z.number()),
  }),
);

export type MQTTSubscription = z.output<ReturnType<typeof mqttSubscriptionSchema>>;
