/**
 * The Omnichannel API for TypeScript: one class per resource, each taking one DTO per call, as the
 * seed's examples write them (`await this.contactApi.create(payload)`).
 *
 *     const options = { baseUrl: 'https://omnichannel.example.com', apiKey: process.env.OMC_KEY! };
 *     const contactApi = new ContactApi(options);
 */
export { ContactApi } from './contact-api';
export type { CreateContactDto, UpdateContactDto, GetContactsDto, GetContactDto } from './contact-api';
export { SessionApi } from './session-api';
export type {
  GetSessionsDto,
  SessionDto,
  GetMessagesDto,
  TransferSessionDto,
  MarkReadDto,
  TypingDto,
} from './session-api';
export { MessageApi } from './message-api';
export type {
  Idempotent,
  SendMessageDto,
  SendGroupMessageDto,
  StartConversationDto,
  DeleteMessageDto,
} from './message-api';
export { PlatformApi } from './platform-api';
export type {
  PlatformsDto,
  PlatformDto,
  CreatePlatformDto,
  UpdatePlatformDto,
  ReplayDto,
  GetDeliveriesDto,
  DeliveryDto,
} from './platform-api';
export { EventApi, EventVerifier } from './event-api';
export type { GetEventsDto, IncomingHeaders } from './event-api';
export type * from './events';
export { ChannelApi, ProviderConnectionApi } from './channel-api';
export type {
  AccountDto,
  ChannelDto,
  CreateChannelDto,
  CreateProviderConnectionDto,
} from './channel-api';
export { AccessApi } from './access-api';
export type { CreateApiKeyDto } from './access-api';
export { OmnichannelError } from './errors';
// a call that got no answer at all (refused connection, DNS): not a problem of the service
export { FetchError } from './generated/runtime';
export type { Problem, FieldError } from './errors';
export type { ClientOptions } from './options';
export type * from './types';
// the request and response bodies, as the OpenAPI document names them (types only)
export type {
  ApiKeyResponse,
  ChannelResponse,
  Client,
  ContactResponse,
  CreateChannelRequest,
  CreateContactRequest,
  CreatePlatformConfigRequest,
  CreatePlatformRequest,
  DeleteMessageResponse,
  DeliveryAttempt,
  DeliveryResponse,
  FinishResponse,
  GroupMessageRequest,
  GroupMessageResponse,
  InteractiveRequest,
  MeResponse,
  MessageResponse,
  Params,
  PlatformConfigResponse,
  PlatformResponse,
  QuotedMessage,
  ReactionResponse,
  ReplayRequest,
  ReplayResponse,
  SendMessageRequest,
  SendMessageResponse,
  SessionResponse,
  StartConversationRequest,
  StatusResponse,
  TransferRequest,
  UpdateContactRequest,
  UpdatePlatformRequest,
  ValidationResponse,
} from './generated/models';
