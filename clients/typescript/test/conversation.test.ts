// A conversation through the package: a platform registered, a customer's message pushed to it
// (signature checked), the agent's answer (seed §2.1), read, finish, the event feed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ContactApi,
  EventApi,
  EventVerifier,
  MessageApi,
  OmnichannelError,
  PlatformApi,
  SessionApi,
} from '@cirrus/omnichannel_api';
import { ACCOUNT, CONTACT, env, options } from './service';
import { Receiver } from './receiver';

const platformApi = new PlatformApi(options);
const sessionApi = new SessionApi(options);
const messageApi = new MessageApi(options);
const eventApi = new EventApi(options);
let receiver: Receiver;
let verifier: EventVerifier;

before(async () => {
  receiver = await Receiver.start();
  const platform = await platformApi.create({
    clientIdentifier: ACCOUNT,
    slug: 'karoochatnew',
    name: 'Karoo Chat',
    webhookUrl: receiver.url,
    scope: 'sessions',
  });
  assert.match(platform.secret ?? '', /^whsec_/);
  verifier = new EventVerifier(platform.secret ?? '');
  // the contact is served by that platform (seed §1.2 does the same)
  await new ContactApi(options).update({ clientIdentifier: ACCOUNT, contactId: CONTACT, platform: 'karoochatnew' });
});

after(() => receiver.close());

/** The customer writes (seed §5.1, as the gateway delivers it). */
async function customerWrites(text: string): Promise<void> {
  const answer = await fetch(env('OMNICHANNEL_WEBHOOK_URL'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'MESSAGE',
      from: '5521988887777',
      fromUserName: 'João Silva',
      to: 'web5521977776666',
      body: { content: text, type: 'text' },
      timestamp: Math.floor(Date.now() / 1000),
    }),
  });
  assert.equal(answer.status, 200, await answer.text());
}

test('a conversation, every event signed and pushed to the platform', async () => {
  await customerWrites('Olá, preciso de ajuda');

  const push = await receiver.next('message.received');
  const received = verifier.verify(push.body, push.headers);
  assert.equal(received.type, 'message.received');
  assert.equal(received.clientIdentifier, ACCOUNT);
  if (received.type !== 'message.received') {
    return;
  }
  assert.equal(received.data.text, 'Olá, preciso de ajuda');
  assert.equal(received.data.contact?._id, CONTACT);
  const sessionId = received.sessionId ?? '';
  assert.throws(() => verifier.verify(push.body.replace('ajuda', 'AJUDA'), push.headers));

  const unread = await sessionApi.get({ clientIdentifier: ACCOUNT, status: 'active', unread: true });
  assert.deepEqual(unread.data.map((s) => s._id), [sessionId]);
  assert.equal(unread.data[0].platform, 'karoochatnew');
  assert.equal(unread.data[0].unreadCount, 1);

  // seed §2.1, with this session's id
  const sent = await messageApi.send({
    sessionId,
    text: 'Olá! Como posso ajudá-lo?',
    agentName: 'Atendente Maria',
    idempotencyKey: 'ts-client-answer-1',
  });
  assert.equal(sent.sessionId, sessionId);
  assert.equal(sent.messageId, env('OMNICHANNEL_GATEWAY_MESSAGE_ID'));
  const repeated = await messageApi.send({
    sessionId,
    text: 'Olá! Como posso ajudá-lo?',
    agentName: 'Atendente Maria',
    idempotencyKey: 'ts-client-answer-1',
  });
  assert.deepEqual(repeated, sent);
  const sentPush = await receiver.next('message.sent');
  const sentEvent = verifier.verify(sentPush.body, sentPush.headers);
  assert.equal(sentEvent.type, 'message.sent');
  assert.equal(sentEvent.sessionId, sessionId);

  const messages = await sessionApi.getMessages({ sessionId, page: 1, limit: 10 });
  assert.deepEqual(
    messages.data.map((m) => [m.direction, m.text]).sort(),
    [['in', 'Olá, preciso de ajuda'], ['out', 'Olá! Como posso ajudá-lo?']],
  );

  const read = await sessionApi.markRead({ sessionId });
  assert.equal(read.unreadCount, 0);

  const finished = await sessionApi.finish({ sessionId });
  assert.equal(finished.sessionId, sessionId);
  const finishedPush = await receiver.next('session.finished');
  const finishedEvent = verifier.verify(finishedPush.body, finishedPush.headers);
  assert.equal(finishedEvent.sessionId, sessionId);

  const refused = await messageApi.send({ sessionId, text: 'Ainda aí?' }).catch((e: unknown) => e);
  assert.ok(refused instanceof OmnichannelError, String(refused));
  assert.equal(refused.code, 'SESSION_FINISHED');

  const feed = await eventApi.get({ clientIdentifier: ACCOUNT, sessionId });
  const types = feed.data.map((e) => e.type);
  for (const expected of ['session.opened', 'message.received', 'message.sent', 'session.read', 'session.finished']) {
    assert.ok(types.includes(expected as (typeof types)[number]), `${expected} in ${types.join(', ')}`);
  }
  assert.deepEqual(
    feed.data.map((e) => e.sequence),
    feed.data.map((_, i) => i + 1),
  );
});
