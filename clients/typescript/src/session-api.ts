import { SessionApi as Generated } from './generated/apis/SessionApi';
import type { FinishResponse, TransferRequest } from './generated/models';
import { accountHeader, call, ClientOptions, configuration } from './options';
import type { AsAccount, Message, Page, Session } from './types';

/** The account's sessions, newest first, filtered. */
export interface GetSessionsDto {
  clientIdentifier: string;
  page?: number;
  limit?: number;
  status?: 'active' | 'finished';
  channelId?: string;
  contactId?: string;
  platform?: string;
  agentId?: string;
  /** Only sessions with customer messages after the last one read. */
  unread?: boolean;
}

/** One session (seed §6.1). */
export interface SessionDto extends AsAccount {
  sessionId: string;
}

/** A session's messages, page by page. */
export interface GetMessagesDto extends SessionDto {
  page?: number;
  limit?: number;
}

/** Seed §6.2: moves a session to another platform (and agent). */
export type TransferSessionDto = TransferRequest & SessionDto;

/** Marks the customer's messages read, up to `messageId` (the newest when absent). */
export interface MarkReadDto extends SessionDto {
  messageId?: string;
}

/** Shows or hides "typing…" to the customer (WhatsApp Web). */
export interface TypingDto extends SessionDto {
  state: 'typing' | 'paused';
}

/** Sessions (seed §6): list, read, transfer, finish, mark read, typing. */
export class SessionApi {
  private readonly api: Generated;

  constructor(private readonly options: ClientOptions) {
    this.api = new Generated(configuration(options));
  }

  get(payload: GetSessionsDto): Promise<Page<Session>> {
    return call(() => this.api.get(payload));
  }

  getById(payload: SessionDto): Promise<Session> {
    return call(() =>
      this.api.getById({ sessionId: payload.sessionId, xClientIdentifier: this.account(payload) }),
    );
  }

  getMessages(payload: GetMessagesDto): Promise<Page<Message>> {
    return call(() =>
      this.api.getMessages({
        sessionId: payload.sessionId,
        page: payload.page,
        limit: payload.limit,
        xClientIdentifier: this.account(payload),
      }),
    );
  }

  transfer(payload: TransferSessionDto): Promise<Session> {
    return call(() =>
      this.api.transfer({
        sessionId: payload.sessionId,
        transferRequest: payload,
        xClientIdentifier: this.account(payload),
      }),
    );
  }

  /** Seed §6.3: ends the session. */
  finish(payload: SessionDto): Promise<FinishResponse> {
    return call(() =>
      this.api.finish({ sessionId: payload.sessionId, xClientIdentifier: this.account(payload) }),
    );
  }

  markRead(payload: MarkReadDto): Promise<Session> {
    return call(() =>
      this.api.markRead({
        sessionId: payload.sessionId,
        readRequest: { messageId: payload.messageId },
        xClientIdentifier: this.account(payload),
      }),
    );
  }

  /** 422 `UNSUPPORTED_CAPABILITY` on 360dialog, which has no typing indicator (seed §7). */
  async typing(payload: TypingDto): Promise<void> {
    await call(() =>
      this.api.typing({
        sessionId: payload.sessionId,
        typingRequest: { state: payload.state },
        xClientIdentifier: this.account(payload),
      }),
    );
  }

  private account(payload: AsAccount): string | undefined {
    return accountHeader(this.options, payload);
  }
}
