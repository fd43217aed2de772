import { PlatformApi as Generated } from './generated/apis/PlatformApi';
import type {
  CreatePlatformRequest,
  ReplayRequest,
  ReplayResponse,
  UpdatePlatformRequest,
} from './generated/models';
import { call, ClientOptions, configuration } from './options';
import type { Delivery, Page, Platform } from './types';

/** The account's platforms. */
export interface PlatformsDto {
  clientIdentifier: string;
}

/** One platform of the account. */
export interface PlatformDto extends PlatformsDto {
  id: string;
}

/** A new platform: events go to `webhookUrl`, signed with the secret of the answer. */
export type CreatePlatformDto = CreatePlatformRequest & PlatformsDto;
/** What changes in a platform; absent fields stay. */
export type UpdatePlatformDto = UpdatePlatformRequest & PlatformDto;
/** Sends a window of past events again. */
export type ReplayDto = ReplayRequest & PlatformDto;

/** A page of a platform's delivery log, newest first. */
export interface GetDeliveriesDto extends PlatformDto {
  status?: 'pending' | 'delivered' | 'failed' | 'cancelled';
  page?: number;
  limit?: number;
}

/** One delivery of a platform's log. */
export interface DeliveryDto extends PlatformDto {
  deliveryId: string;
}

/** Platforms: the applications the service pushes events to (API.md §9). */
export class PlatformApi {
  private readonly api: Generated;

  constructor(options: ClientOptions) {
    this.api = new Generated(configuration(options));
  }

  /** Registers a platform; the answer's `secret` is shown this once. */
  create(payload: CreatePlatformDto): Promise<Platform> {
    return call(() =>
      this.api.create({
        clientIdentifier: payload.clientIdentifier,
        createPlatformRequest: payload,
      }),
    );
  }

  get(payload: PlatformsDto): Promise<Platform[]> {
    return call(() => this.api.get(payload));
  }

  getById(payload: PlatformDto): Promise<Platform> {
    return call(() => this.api.getById(payload));
  }

  update(payload: UpdatePlatformDto): Promise<Platform> {
    return call(() =>
      this.api.update({
        clientIdentifier: payload.clientIdentifier,
        id: payload.id,
        updatePlatformRequest: payload,
      }),
    );
  }

  /** Stops delivery; what was pending ends as `cancelled`. */
  async delete(payload: PlatformDto): Promise<void> {
    await call(() => this.api._delete(payload));
  }

  /** A new secret; the old one keeps signing beside it for 24 hours. */
  async rotateSecret(payload: PlatformDto): Promise<string> {
    return (await call(() => this.api.rotateSecret(payload))).secret;
  }

  getDeliveries(payload: GetDeliveriesDto): Promise<Page<Delivery>> {
    return call(() => this.api.getDeliveries(payload));
  }

  /** Tries a `failed` or `cancelled` delivery again, now. */
  async retryDelivery(payload: DeliveryDto): Promise<void> {
    await call(() => this.api.retryDelivery(payload));
  }

  replay(payload: ReplayDto): Promise<ReplayResponse> {
    return call(() =>
      this.api.replay({
        clientIdentifier: payload.clientIdentifier,
        id: payload.id,
        replayRequest: payload,
      }),
    );
  }
}
