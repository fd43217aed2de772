import { Configuration, ResponseError } from './generated/runtime';
import { OmnichannelError, Problem } from './errors';

/** Where the service is and who calls it. */
export interface ClientOptions {
  /** The service's base URL, e.g. `https://omnichannel.example.com` (no `/api`). */
  baseUrl: string;
  /** An account key (`omc_…`, names its account) or the operator key. */
  apiKey: string;
  /**
   * With the operator key only: the account of the calls whose path names none (sessions and
   * messages), sent as `X-Client-Identifier`. A DTO's own `clientIdentifier` wins.
   */
  clientIdentifier?: string;
  /** Headers added to every request (a user agent, a trace header). */
  headers?: Record<string, string>;
  /** Another `fetch` (a proxy agent, a test double); the platform's own by default. */
  fetch?: typeof fetch;
}

/** The generated client's configuration for these options. */
export function configuration(options: ClientOptions): Configuration {
  if (!options.baseUrl) {
    throw new TypeError('baseUrl is required');
  }
  if (!options.apiKey) {
    throw new TypeError('apiKey is required');
  }
  return new Configuration({
    basePath: options.baseUrl.replace(/\/+$/, ''),
    accessToken: options.apiKey,
    headers: options.headers,
    fetchApi: options.fetch,
  });
}

/** The account to name in `X-Client-Identifier`, if any. */
export function accountHeader(
  options: ClientOptions,
  dto: { clientIdentifier?: string },
): string | undefined {
  return dto.clientIdentifier ?? options.clientIdentifier;
}

/** Runs a generated call; a refusal becomes an {@link OmnichannelError} with its problem. */
export async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (e) {
    if (e instanceof ResponseError) {
      throw new OmnichannelError(await problemOf(e.response));
    }
    throw e;
  }
}

async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text();
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'code' in parsed) {
      return parsed as Problem;
    }
  } catch {
    // not JSON: a proxy's page, say; described below
  }
  return {
    type: 'about:blank',
    title: response.statusText || 'HTTP ' + response.status,
    status: response.status,
    code: 'HTTP_' + response.status,
    detail: text.slice(0, 500) || undefined,
  };
}
