import type { SaymonClient } from '../client/create-client.ts';

/**
 * Issues an API token for a user (`POST /node/api/users/:id/auth-token`, needs `manage-users`)
 * and returns it without the JSON quotes SAYMON wraps it in. Use it with
 * `client.withAuth({ type: 'token', token })`.
 */
export async function createAuthToken(client: SaymonClient, userId: string | number): Promise<string> {
  return client.authTokens.create({ id: userId });
}

/** Revokes a user's API token (`DELETE /node/api/users/:id/auth-token`); later calls with it fail with 401. */
export async function revokeAuthToken(client: SaymonClient, userId: string | number): Promise<void> {
  await client.authTokens.delete({ id: userId });
}
