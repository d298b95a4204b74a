import * as z from 'zod/mini';
import { id, int, maybe } from '../schema/conventions.ts';
import { lazy } from '../schema/lazy.ts';

/** An entity's subscription to an MQTT topic. Unknown fields are kept. */
export const mqttSubscriptionSchema = lazy(() =>
  z.looseObject({
    owner: maybe(
      z.looseObject({
        entityId: maybe(id()),
        /** 1 object, 2 link. */
        entityType: maybe(int()),
      }),
    ),
    topic: maybe(z.string()),
    /** Milliseconds; present only when set. */
    dataExpiryPeriod: maybe(z.number()),
  }),
);

export type MQTTSubscription = z.output<ReturnType<typeof mqttSubscriptionSchema>>;
