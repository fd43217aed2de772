import { ContactApi as Generated } from './generated/apis/ContactApi';
import type { CreateContactRequest, UpdateContactRequest } from './generated/models';
import { call, ClientOptions, configuration } from './options';
import type { Contact, Page } from './types';

/** Seed §1.1: the body of a new contact, with its account. */
export type CreateContactDto = CreateContactRequest & { clientIdentifier: string };

/** Seed §1.2: what changes in a contact; absent fields stay. */
export type UpdateContactDto = UpdateContactRequest & {
  clientIdentifier: string;
  contactId: string;
};

/** Seed §1.3: a page of the account's contacts, filtered. */
export interface GetContactsDto {
  clientIdentifier: string;
  page: number;
  limit: number;
  order?: 'asc' | 'desc';
  type?: 'individual' | 'group';
  channelType?: 'whatsapp' | 'facebook' | 'instagram' | 'telegram';
  name?: string;
  contactIdentifier?: string;
  tagIds?: string[];
}

/** One contact of an account. */
export interface GetContactDto {
  clientIdentifier: string;
  contactId: string;
}

/** Contacts (seed §1): `create`, `update`, `get`, `getById`, as the seed's services call them. */
export class ContactApi {
  private readonly api: Generated;

  constructor(options: ClientOptions) {
    this.api = new Generated(configuration(options));
  }

  /** Creates a contact; 409 `CONTACT_EXISTS` (with `existingId`) when the number is known. */
  create(payload: CreateContactDto): Promise<Contact> {
    return call(() =>
      this.api.create({ clientIdentifier: payload.clientIdentifier, createContactRequest: payload }),
    );
  }

  /** Changes a contact. */
  update(payload: UpdateContactDto): Promise<Contact> {
    return call(() =>
      this.api.update({
        clientIdentifier: payload.clientIdentifier,
        contactId: payload.contactId,
        updateContactRequest: payload,
      }),
    );
  }

  /** A page of contacts, newest first unless `order` says otherwise. */
  get(payload: GetContactsDto): Promise<Page<Contact>> {
    return call(() => this.api.get(payload));
  }

  /** One contact; 404 `CONTACT_NOT_FOUND` when the account has no such contact. */
  getById(payload: GetContactDto): Promise<Contact> {
    return call(() => this.api.getById(payload));
  }

  /** Fetches the contact's WhatsApp profile photo again (WhatsApp Web), in the background. */
  async refreshPhoto(payload: GetContactDto): Promise<void> {
    await call(() => this.api.refreshPhoto(payload));
  }
}
