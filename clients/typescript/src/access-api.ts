import { AccessApi as Generated } from './generated/apis/AccessApi';
import type { MeResponse } from './generated/models';
import { call, ClientOptions, configuration } from './options';
import type { ApiKey } from './types';

/** A new key of an account, named for what uses it. */
export interface CreateApiKeyDto {
  clientIdentifier: string;
  name: string;
}

/** API keys (API.md §8): make, list, revoke; and who the caller is. */
export class AccessApi {
  private readonly api: Generated;

  constructor(options: ClientOptions) {
    this.api = new Generated(configuration(options));
  }

  /** A new key; its `key` is in this answer only. */
  createKey(payload: CreateApiKeyDto): Promise<ApiKey> {
    return call(() =>
      this.api.createKey({
        clientIdentifier: payload.clientIdentifier,
        createApiKeyRequest: { name: payload.name },
      }),
    );
  }

  getKeys(payload: { clientIdentifier: string }): Promise<ApiKey[]> {
    return call(() => this.api.getKeys(payload));
  }

  /** Revokes at once, on every replica within 5 s. */
  revokeKey(payload: { clientIdentifier: string; id: string }): Promise<ApiKey> {
    return call(() => this.api.revokeKey(payload));
  }

  /** Who the key is: its account (`null` for the operator), id and name. */
  me(): Promise<MeResponse> {
    return call(() => this.api.me());
  }
}
