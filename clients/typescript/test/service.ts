import type { ClientOptions } from '@cirrus/omnichannel_api';

/** An environment variable the test driver sets (bootstrap's TypeScriptClientTest). */
export function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: these tests run against a service (see README.md)`);
  }
  return value;
}

/** The running service and the seed's account key. */
export const options: ClientOptions = {
  baseUrl: env('OMNICHANNEL_URL'),
  apiKey: env('OMNICHANNEL_API_KEY'),
};

/** The seed's account (§1). */
export const ACCOUNT = '9a92ea44-244c-4cda-86be-6a9e32ba8f34';
/** The seed's channel (§1.1), a WhatsApp Web number. */
export const CHANNEL = '689a05215b711247e8f54022';
/** The seed's contact (§1.2), number 5521988887777. */
export const CONTACT = '68e54649a3744412be5cc107';
