import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** One push as it arrived: the body exactly as sent, and the headers. */
export interface Push {
  body: string;
  headers: IncomingHttpHeaders;
}

/** A platform's endpoint: takes every push with 204 and hands them to whoever waits. */
export class Receiver {
  private readonly pushes: Push[] = [];
  private readonly waiters: Array<() => void> = [];
  private readonly server: Server;

  private constructor(server: Server) {
    this.server = server;
  }

  static async start(): Promise<Receiver> {
    const server = createServer();
    const receiver = new Receiver(server);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        receiver.pushes.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
        res.statusCode = 204;
        res.end();
        receiver.waiters.splice(0).forEach((wake) => wake());
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/omnichannel`;
  }

  /** The first push whose body has `"type":"<type>"`, waiting up to 40 s for it. */
  async next(type: string): Promise<Push> {
    const deadline = Date.now() + 40_000;
    for (;;) {
      const found = this.pushes.find((p) => p.body.includes(`"type":"${type}"`));
      if (found) {
        return found;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`no ${type} event within 40 s; got ${this.pushes.length} others`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
