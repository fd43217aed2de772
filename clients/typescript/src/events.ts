import type { Contact, Message, Session } from './types';

/** What happens to a message. */
export type MessageEventType =
  | 'message.received'
  | 'message.sent'
  | 'message.status'
  | 'message.reaction'
  | 'message.edited'
  | 'message.deleted'
  | 'message.media';
/** What happens to a session. */
export type SessionEventType =
  | 'session.opened'
  | 'session.transferred'
  | 'session.finished'
  | 'session.read';
/** What happens to a contact. */
export type ContactEventType = 'contact.created' | 'contact.updated';
/** Every event type (docs/events.md). */
export type EventType = MessageEventType | SessionEventType | ContactEventType;

/** The customer a message event is about. */
export interface EventContact {
  _id: string;
  name?: string | null;
  customName?: string | null;
  contactIdentifier?: string | null;
}

/** A kept file, on `message.media`. */
export interface EventMedia {
  _id?: string;
  status: string;
  url?: string;
  size?: number;
  sha256?: string;
  mimeType?: string;
}

/** A message event's data: the message as the API shows it, and its contact. */
export type MessageEventData = Message & { contact?: EventContact; media?: EventMedia };

/** Where a transferred session was and where it went. */
export interface TransferEnd {
  platform: string | null;
  agentId: string | null;
}

/** A session event's data: the session, and for a transfer where it was and went. */
export type SessionEventData = Session & { from?: TransferEnd; to?: TransferEnd };

interface Envelope<T extends EventType, D> {
  /** The same on every attempt: drop repeats by it. */
  id: string;
  type: T;
  timestamp: string;
  clientIdentifier: string;
  /** `null` for contact events. */
  sessionId: string | null;
  /** Counts one session's events from 1; `null` for contact events. */
  sequence: number | null;
  data: D;
}

/** An event as platforms receive it; narrow it by `type`. */
export type OmnichannelEvent =
  | Envelope<MessageEventType, MessageEventData>
  | Envelope<SessionEventType, SessionEventData>
  | Envelope<ContactEventType, Contact>;

/** A page of the account's event feed; read on with `after: next`. */
export interface EventPage {
  data: OmnichannelEvent[];
  next?: string | null;
}
