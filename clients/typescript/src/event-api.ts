import { Webhook } from 'standardwebhooks';
import { EventApi as Generated } from './generated/apis/EventApi';
import { call, ClientOptions, configuration } from './options';
import type { EventPage, EventType, OmnichannelEvent } from './events';

/** The account's events, oldest first after a cursor. */
export interface GetEventsDto {
  clientIdentifier: string;
  /** The id of the last event read (absent: from the oldest kept). */
  after?: string;
  limit?: number;
  types?: EventType[];
  sessionId?: string;
}

/** The event feed: what platforms are pushed, to read again or to poll where no push can reach. */
export class EventApi {
  private readonly api: Generated;

  constructor(options: ClientOptions) {
    this.api = new Generated(configuration(options));
  }

  async get(payload: GetEventsDto): Promise<EventPage> {
    const response = await call(() => this.api.getRaw(payload));
    return (await response.raw.json()) as EventPage;
  }
}

/** Request headers as Node's `http` or a framework hands them over. */
export type IncomingHeaders = Record<string, string | string[] | undefined>;

/**
 * Checks that a pushed event comes from the service (Standard Webhooks: `webhook-id`,
 * `webhook-timestamp`, `webhook-signature`) and reads it. Give it the body exactly as received.
 */
export class EventVerifier {
  private readonly webhook: Webhook;

  /** @param secret the platform's `whsec_…` secret */
  constructor(secret: string) {
    this.webhook = new Webhook(secret);
  }

  /** The event; throws when the signature is wrong or the timestamp is over 5 minutes off. */
  verify(body: string | Buffer, headers: IncomingHeaders): OmnichannelEvent {
    const flat: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) {
        flat[name.toLowerCase()] = Array.isArray(value) ? value.join(' ') : value;
      }
    }
    return this.webhook.verify(body, flat) as OmnichannelEvent;
  }
}
