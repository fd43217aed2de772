import { MessageApi as Generated } from './generated/apis/MessageApi';
import type {
  DeleteMessageResponse,
  GroupMessageRequest,
  GroupMessageResponse,
  SendMessageRequest,
  SendMessageResponse,
  StartConversationRequest,
} from './generated/models';
import { accountHeader, call, ClientOptions, configuration } from './options';
import type { AsAccount } from './types';

/** A send may be repeated safely with the same key: the first answer comes back. */
export interface Idempotent extends AsAccount {
  idempotencyKey?: string;
}

/** Seed §2 and §4: text, media, quote, interactive… to a session's contact. */
export type SendMessageDto = SendMessageRequest & Idempotent;
/** Seed §3: to a WhatsApp Web group. */
export type SendGroupMessageDto = GroupMessageRequest & Idempotent;
/** Seed §4.5: a 360dialog template that opens a conversation. */
export type StartConversationDto = StartConversationRequest & Idempotent;

/** Seed §4.6: deletes a sent message for everyone (WhatsApp Web). */
export interface DeleteMessageDto extends AsAccount {
  messageId: string;
  senderId?: string;
  channelSlug?: string;
}

/** Messages (seed §2–§4): every send, and delete. */
export class MessageApi {
  private readonly api: Generated;

  constructor(private readonly options: ClientOptions) {
    this.api = new Generated(configuration(options));
  }

  send(payload: SendMessageDto): Promise<SendMessageResponse> {
    return call(() =>
      this.api.send({
        sendMessageRequest: payload,
        idempotencyKey: payload.idempotencyKey,
        xClientIdentifier: accountHeader(this.options, payload),
      }),
    );
  }

  sendToGroup(payload: SendGroupMessageDto): Promise<GroupMessageResponse> {
    return call(() =>
      this.api.sendToGroup({
        groupMessageRequest: payload,
        idempotencyKey: payload.idempotencyKey,
        xClientIdentifier: accountHeader(this.options, payload),
      }),
    );
  }

  startWithTemplate(payload: StartConversationDto): Promise<SendMessageResponse> {
    return call(() =>
      this.api.startWithTemplate({
        startConversationRequest: payload,
        idempotencyKey: payload.idempotencyKey,
        xClientIdentifier: accountHeader(this.options, payload),
      }),
    );
  }

  delete(payload: DeleteMessageDto): Promise<DeleteMessageResponse> {
    return call(() =>
      this.api._delete({
        messageId: payload.messageId,
        senderId: payload.senderId,
        channelSlug: payload.channelSlug,
        xClientIdentifier: accountHeader(this.options, payload),
      }),
    );
  }
}
