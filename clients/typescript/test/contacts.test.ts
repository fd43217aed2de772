// Seed §1.1–§1.3, verbatim but for how each service gets its ContactApi (here: the constructor's
// argument, built from the test service's URL and key; in a NestJS app, a provider).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ContactApi,
  CreateContactDto,
  GetContactsDto,
  OmnichannelError,
  UpdateContactDto,
} from '@cirrus/omnichannel_api';
import { options } from './service';

class CreateContactService {
  constructor(private readonly contactApi: ContactApi) {}

  async run() {
    const payload: CreateContactDto = {
      clientIdentifier: '9a92ea44-244c-4cda-86be-6a9e32ba8f34',
      channelId: '689a05215b711247e8f54022',
      contactIdentifier: '5521999999999',
      name: 'João Silva',
      type: 'individual',
      channelType: 'whatsapp',
      customName: 'João (Mercearia)',
    }
    return await this.contactApi.create(payload)
  }
}

class UpdateContactService {
  constructor(private readonly contactApi: ContactApi) {}

  async run() {
    const payload: UpdateContactDto = {
      clientIdentifier: '9a92ea44-244c-4cda-86be-6a9e32ba8f34',
      contactId: '68e54649a3744412be5cc107',
      customName: 'Nome Modificado',
      platform: 'karoochatnew',
    }
    return await this.contactApi.update(payload)
  }
}

class ListContactsService {
  constructor(private readonly contactApi: ContactApi) {}

  // the seed declares `const payload: GetContactsDto` and leaves the values to the reader
  async run() {
    const payload: GetContactsDto = {
      clientIdentifier: '9a92ea44-244c-4cda-86be-6a9e32ba8f34',
      page: 1,
      limit: 10,
      order: 'asc',
      type: 'individual',
      channelType: 'whatsapp',
    }
    return await this.contactApi.get(payload)
  }
}

const contactApi = new ContactApi(options);

test('seed §1.1 creates the contact, and a second create is refused with the existing id', async () => {
  const created = await new CreateContactService(contactApi).run();
  assert.match(created._id, /^[0-9a-f]{24}$/);
  assert.equal(created.contactIdentifier, '5521999999999');
  assert.equal(created.customName, 'João (Mercearia)');
  assert.equal(created.channelId, '689a05215b711247e8f54022');

  const again = await new CreateContactService(contactApi).run().catch((e: unknown) => e);
  assert.ok(again instanceof OmnichannelError, String(again));
  assert.equal(again.status, 409);
  assert.equal(again.code, 'CONTACT_EXISTS');
  assert.equal(again.problem.existingId, created._id);
});

test('seed §1.2 changes the custom name and the platform of the contact', async () => {
  const updated = await new UpdateContactService(contactApi).run();
  assert.equal(updated._id, '68e54649a3744412be5cc107');
  assert.equal(updated.customName, 'Nome Modificado');
  assert.equal(updated.platform, 'karoochatnew');
  const read = await contactApi.getById({
    clientIdentifier: '9a92ea44-244c-4cda-86be-6a9e32ba8f34',
    contactId: '68e54649a3744412be5cc107',
  });
  assert.equal(read.customName, 'Nome Modificado');
});

test('seed §1.3 lists the contacts page by page, oldest first as asked', async () => {
  const page = await new ListContactsService(contactApi).run();
  assert.equal(page.page, 1);
  assert.equal(page.limit, 10);
  const numbers = page.data.map((c) => c.contactIdentifier);
  assert.deepEqual(numbers, ['5521988887777', '5521999999999']);
  assert.equal(page.total, 2);
});

test('bad input is refused with every offending field, as a typed error', async () => {
  const payload: CreateContactDto = {
    clientIdentifier: '9a92ea44-244c-4cda-86be-6a9e32ba8f34',
    channelId: '689a05215b711247e8f54022',
    contactIdentifier: '5521977770000',
    name: 'x'.repeat(300),
    type: 'individual',
    channelType: 'whatsapp',
    photo: 'ftp://example.com/a.png',
  };
  const refused = await contactApi.create(payload).catch((e: unknown) => e);
  assert.ok(refused instanceof OmnichannelError, String(refused));
  assert.equal(refused.status, 400);
  const fields = (refused.problem.errors ?? []).map((e) => e.field).sort();
  assert.equal(refused.code, 'VALIDATION_FAILED');
  assert.deepEqual(fields, ['name', 'photo'], JSON.stringify(refused.problem));
});

test("another account's contact is not found", async () => {
  const refused = await contactApi
    .getById({ clientIdentifier: '00000000-0000-4000-8000-000000000000', contactId: '68e54649a3744412be5cc107' })
    .catch((e: unknown) => e);
  assert.ok(refused instanceof OmnichannelError, String(refused));
  assert.equal(refused.status, 404);
});
