import { ChannelApi as Generated } from './generated/apis/ChannelApi';
import { ProviderConnectionApi as GeneratedConnections } from './generated/apis/ProviderConnectionApi';
import type {
  CreateChannelRequest,
  CreatePlatformConfigRequest,
  StatusResponse,
  ValidationResponse,
} from './generated/models';
import { call, ClientOptions, configuration } from './options';
import type { Channel, ProviderConnection } from './types';

/** The account's channels or connections. */
export interface AccountDto {
  clientIdentifier: string;
}

/** One channel of the account. */
export interface ChannelDto extends AccountDto {
  channelId: string;
}

/** A number connected through a provider connection; the answer shows its webhook URL once. */
export type CreateChannelDto = CreateChannelRequest & AccountDto;
/** A WhatsApp Web gateway (`baseUrl`, `clientNumber`) or a 360dialog account (`apiKey`). */
export type CreateProviderConnectionDto = CreatePlatformConfigRequest & AccountDto;

/** Channels: the account's WhatsApp numbers (seed §9, §10). */
export class ChannelApi {
  private readonly api: Generated;

  constructor(options: ClientOptions) {
    this.api = new Generated(configuration(options));
  }

  create(payload: CreateChannelDto): Promise<Channel> {
    return call(() =>
      this.api.create({ clientIdentifier: payload.clientIdentifier, createChannelRequest: payload }),
    );
  }

  get(payload: AccountDto): Promise<Channel[]> {
    return call(() => this.api.get(payload));
  }

  getById(payload: ChannelDto): Promise<Channel> {
    return call(() => this.api.getById(payload));
  }

  /** Seed §10.1: the WhatsApp Web session's state. */
  getStatus(payload: ChannelDto): Promise<StatusResponse> {
    return call(() => this.api.getStatus(payload));
  }

  /** Seed §10.2: whether a number has WhatsApp. */
  validateNumber(payload: ChannelDto & { contact: string }): Promise<ValidationResponse> {
    return call(() => this.api.validateNumber(payload));
  }

  /** Seed §9: points the provider's webhook at the service again. */
  configureWebhook(payload: ChannelDto): Promise<Channel> {
    return call(() => this.api.configureWebhook(payload));
  }
}

/** Provider connections ("platform configs"): how the account reaches its providers. */
export class ProviderConnectionApi {
  private readonly api: GeneratedConnections;

  constructor(options: ClientOptions) {
    this.api = new GeneratedConnections(configuration(options));
  }

  create(payload: CreateProviderConnectionDto): Promise<ProviderConnection> {
    return call(() =>
      this.api.create({
        clientIdentifier: payload.clientIdentifier,
        createPlatformConfigRequest: payload,
      }),
    );
  }

  get(payload: AccountDto): Promise<ProviderConnection[]> {
    return call(() => this.api.get(payload));
  }

  getById(payload: AccountDto & { id: string }): Promise<ProviderConnection> {
    return call(() => this.api.getById(payload));
  }
}
