import * as z from 'zod/mini';
import { idOut, intOut, opt } from '../schema/conventions.ts';
import type { Known } from '../schema/known.ts';
import { lazy } from '../schema/lazy.ts';

/** An entity's subscription to an MQTT topic. Unknown fields are kept. */
export const mqttSubscriptionSchema = lazy(() =>
  z.looseObject({
    owner: opt(
      z.looseObject({
        entityId: opt(idOut()),
        /** 1 object, 2 link. */
        entityType: opt(intOut()),
      }),
    ),
    topic: opt(z.string()),
    /** Milliseconds; present only when set. */
    dataExpiryPeriod: opt(z.number()),
  }),
);

export type MQTTSubscription = Known<z.output<ReturnType<typeof mqttSubscriptionSchema>>>;
