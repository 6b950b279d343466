// A tiny HTTP client for the e2e scenarios: fetch with a cookie jar, as a browser would keep it.

export function baseUrlFromEnv() {
  const baseUrl = process.env.E2E_BASE_URL;
  if (!baseUrl) throw new Error('E2E_BASE_URL is not set: run the scenarios through `npm run e2e`');
  return baseUrl.replace(/\/+$/, '');
}

export class HttpSession {
  /** @param {string} baseUrl */
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    /** @type {Map<string, string>} */
    this.cookies = new Map();
    /** Raw Set-Cookie headers of the last response. */
    this.lastSetCookie = [];
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body] sent as JSON when given
   * @returns {Promise<{ status: number, headers: Headers, body: any, text: string }>}
   */
  async request(method, path, body) {
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    this.lastSetCookie = res.headers.getSetCookie();
    for (const setCookie of this.lastSetCookie) {
      const [pair, ...attributes] = setCookie.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed = null;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  get(path) {
    return this.request('GET', path);
  }

  post(path, body) {
    return this.request('POST', path, body);
  }

  patch(path, body) {
    return this.request('PATCH', path, body);
  }

  /** Logs in and returns the Me body; throws with the response when it is not 200. */
  async login(email, password) {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login as ${email}: ${res.status} ${res.text}`);
    return res.body;
  }
}

/** Formats a response for an assertion message. */
export function show(res) {
  return `${res.status} ${res.text.slice(0, 500)}`;
}
