import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { mqttSubscriptionSchema } from '../models/mqtt-subscription.ts';

export const mqttSubscriptions = defineEndpoint({
  id: 'mqtt.subscriptions',
  section: 'MQTT',
  title: 'Get All MQTT Subscriptions',
  method: 'GET',
  path: '/node/api/mqtt/subscriptions',
  permissions: 'manage-service-properties',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({ response: z.array(mqttSubscriptionSchema()) }),
});
