/** An error answer in SAYMON's shape: `{ code, message }` with the status servers use. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  body(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** SAYMON's 401 bodies carry a JSON document in `message`. */
const nested = (message: string) => JSON.stringify({ errorCode: 3, message });

export const notLoggedIn = () => new HttpError(401, 'Unauthorized', nested('Not logged in.'));
export const sessionExpired = () => new HttpError(401, 'Unauthorized', nested('Session expired.'));
export const invalidToken = () => new HttpError(401, 'Unauthorized', nested('Invalid API token.'));
export const invalidCredentials = () => new HttpError(401, 'InvalidCredentials', nested('Invalid login or password.'));
export const forbidden = (missing: string) => new HttpError(403, 'Forbidden', `Permission denied: requires ${missing}`);
export const notFound = (what: string, id: string | number) =>
  new HttpError(404, 'NotFound', `${what} ${id} not found`);
export const routeNotFound = (path: string) => new HttpError(404, 'ResourceNotFound', `${path} does not exist`);
export const badRequest = (message: string) => new HttpError(400, 'BadRequest', message);
export const missingParameter = (name: string) => badRequest(`Mandatory "${name}" parameter is absent/empty.`);
export const invalidContent = (detail: string) => new HttpError(400, 'InvalidContent', `Invalid JSON: ${detail}`);
export const conflict = (message: string) => new HttpError(409, 'Conflict', message);
