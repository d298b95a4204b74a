import { SaymonApiError } from '@saymon-sdk/node';
import { expect } from 'vitest';
import { scenarios } from './types.ts';

export const resourceScenarios = scenarios({
  'resources.image': {
    async happy({ admin, emulator }) {
      emulator.store.state.images.logo = {
        name: 'logo.png',
        contentType: 'image/png',
        data: Buffer.from('PNGDATA').toString('base64'),
      };
      const response = await admin.resources.image({ id: 'logo' });
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('PNGDATA');
    },
    async error({ admin }) {
      await expect(admin.resources.image({ id: 'missing' })).rejects.toMatchObject({ status: 404 });
      await expect(admin.resources.image({ id: 'missing' })).rejects.toBeInstanceOf(SaymonApiError);
    },
  },
});
