import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One browser's view of the API through `inject()`: it keeps cookies and, like the web apps,
 * echoes the `csrf` cookie in the `x-csrf-token` header on state-changing requests.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  /** The attributes each cookie was last set with, for assertions on HttpOnly, Secure and SameSite. */
  readonly cookieAttributes = new Map<string, string>();

  constructor(private readonly app: FastifyInstance) {}

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.send(method, url, body === undefined ? undefined : (body as object), headers);
  }

  /** A body sent as it is, e.g. broken JSON or another content type, as a hostile client would. */
  async requestRaw(method: Method, url: string, payload: string, contentType: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.send(method, url, payload, { 'content-type': contentType, ...headers });
  }

  private async send(method: Method, url: string, payload: object | string | undefined, headers: Record<string, string>): Promise<LightMyRequestResponse> {
    const csrf = this.cookies.get('csrf');
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(UNSAFE.has(method) && csrf ? { 'x-csrf-token': csrf } : {}),
        ...headers,
      },
      ...(payload === undefined ? {} : { payload }),
    });
    const setCookies = response.headers['set-cookie'];
    for (const line of Array.isArray(setCookies) ? setCookies : setCookies ? [setCookies] : []) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      this.cookieAttributes.set(name, attributes.join(';'));
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}, headers?: Record<string, string>) => this.request('POST', url, body, headers);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  delete = (url: string) => this.request('DELETE', url);
}
