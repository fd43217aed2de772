import type {
  ApiKeyResponse,
  ChannelResponse,
  ContactResponse,
  DeliveryResponse,
  MessageResponse,
  PlatformConfigResponse,
  PlatformResponse,
  SessionResponse,
} from './generated/models';

/** A contact as the API shows it (seed §1). */
export type Contact = ContactResponse;
/** A conversation (seed §6). */
export type Session = SessionResponse;
/** A message of a session, either way. */
export type Message = MessageResponse;
/** A platform: the application events are pushed to; `secret` only when created. */
export type Platform = PlatformResponse;
/** One delivery of an event to a platform, with its attempts. */
export type Delivery = DeliveryResponse;
/** A WhatsApp number connected through a provider. */
export type Channel = ChannelResponse;
/** A provider connection: a WhatsApp Web gateway or a 360dialog account. */
export type ProviderConnection = PlatformConfigResponse;
/** An API key; `key` only when created. */
export type ApiKey = ApiKeyResponse;

/** One page of a list. */
export interface Page<T> {
  data: T[];
  page: number;
  limit: number;
  total: number;
  totalPages: number;
}

/** The account a call of an account-less path acts for (needed with the operator key only). */
export interface AsAccount {
  clientIdentifier?: string;
}
