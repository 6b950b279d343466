import { describeSendFailure, mailRetryDelayMs } from './mail-retry';

describe('mail retries', () => {
  it('doubles the delay from 30 s, caps it at 6 h, with ±20 % jitter', () => {
    expect([1, 2, 3, 4].map((n) => mailRetryDelayMs(n, 0.5))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(mailRetryDelayMs(30, 0.5)).toBe(6 * 3600_000);
    expect(mailRetryDelayMs(1, 0)).toBe(24_000);
    expect(mailRetryDelayMs(1, 0.999999)).toBeLessThanOrEqual(36_000);
  });

  it("keeps the server's words, says whether they are final, and logs codes only", () => {
    const refused = describeSendFailure(Object.assign(new Error('Can\'t send mail - all recipients were rejected: 550 5.1.1 No such user'), {
      code: 'EENVELOPE',
      responseCode: 550,
      response: '550 5.1.1 <x@ville.fr> No such user',
      permanent: true,
    }));
    expect(refused).toEqual({ permanent: true, connection: false, words: '550 5.1.1 <x@ville.fr> No such user', summary: 'EENVELOPE 550' });
    const busy = describeSendFailure(Object.assign(new Error('busy'), { code: 'EENVELOPE', responseCode: 451, response: '451 4.3.0 Try again later', permanent: false }));
    expect(busy).toMatchObject({ permanent: false, connection: false, words: '451 4.3.0 Try again later' });
    const down = describeSendFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ESOCKET' }));
    expect(down).toEqual({ permanent: false, connection: true, words: 'connect ECONNREFUSED 127.0.0.1:2525', summary: 'ESOCKET' });
    expect(describeSendFailure('weird')).toMatchObject({ permanent: false, connection: false, words: 'weird' });
  });
});
