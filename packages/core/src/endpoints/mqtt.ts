import * as z from 'zod/mini';
import { defineEndpoint } from '../registry/define.ts';

export const mqttSubscriptions = defineEndpoint({
  id: 'mqtt.subscriptions',
  section: "MQTT",
  title: "Get All MQTT Subscriptions",
  summary: "Lists every current MQTT topic subscription together with the object or link that owns it.",
  method: 'GET',
  path: '/node/api/mqtt/subscriptions',
  permissions: "manage-service-properties",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(z.unknown()),
  }),
});
