import twitterText from 'twitter-text';
import { Network } from '../planning/networks';
import { analyzeText } from '../text/text-analysis';
import { mastodonInstanceOverrides, networkCapabilities } from './network-capabilities';
import { measureText } from './text-length';

const measure = (network: Network, text: string, contentWarning?: string) => measureText(analyzeText(text), networkCapabilities(network), { contentWarning });
const main = (network: Network, text: string, contentWarning?: string) => measure(network, text, contentWarning)[0];

describe('Bluesky: 300 graphemes and 3,000 bytes', () => {
  it('is valid at exactly 300 graphemes and points at the 301st', () => {
    expect(main(Network.Bluesky, 'a'.repeat(300))).toMatchObject({ value: 300, overflowAt: null });
    expect(main(Network.Bluesky, 'a'.repeat(301))).toMatchObject({ value: 301, overflowAt: 300 });
  });

  it('counts a ZWJ family, a flag and a combining accent as one each', () => {
    const text = `${'👨‍👩‍👧'.repeat(100)}${'🇫🇷'.repeat(100)}${'e\u0301'.repeat(100)}`;
    expect(main(Network.Bluesky, text).value).toBe(300);
    expect(main(Network.Bluesky, `${text}!`)).toMatchObject({ value: 301, overflowAt: text.length });
  });

  it('also refuses more than 3,000 UTF-8 bytes, even under 300 graphemes', () => {
    const family = '👨‍👩‍👧‍👦'; // 25 bytes
    const [graphemes, bytes] = measure(Network.Bluesky, family.repeat(121));
    expect(graphemes).toMatchObject({ unit: 'graphemes', value: 121, overflowAt: null });
    expect(bytes).toMatchObject({ unit: 'bytes', value: 3025, limit: 3000, overflowAt: family.length * 120 });
  });

  it('counts bytes of the NFC text that is published (e + ◌́ is 2 bytes, as é)', () => {
    expect(measure(Network.Bluesky, 'e\u0301')[1].value).toBe(2);
  });
});

describe('Mastodon: the instance limit, links 23, @user@domain as @user', () => {
  it('counts a link with a scheme as 23 whatever its length, one without as its characters', () => {
    expect(main(Network.Mastodon, 'https://www.ville.fr/une/tres/longue/adresse/qui/depasse/vingt-trois').value).toBe(23);
    expect(main(Network.Mastodon, 'https://a.fr').value).toBe(23);
    // Mastodon links only URLs with a scheme; "ville.fr/agenda" stays text.
    expect(main(Network.Mastodon, 'ville.fr/agenda').value).toBe(15);
  });

  it('counts a remote mention as its local part', () => {
    expect(main(Network.Mastodon, '@alice@mastodon.social').value).toBe(6);
    expect(main(Network.Mastodon, 'Merci @alice@piaille.fr !').value).toBe(14);
  });

  it('counts the content warning with the text', () => {
    expect(main(Network.Mastodon, 'a'.repeat(490), 'Travaux').value).toBe(497);
    expect(main(Network.Mastodon, 'a'.repeat(494), 'Travaux')).toMatchObject({ value: 501, overflowAt: 493 });
  });

  it('uses the channel’s instance limit from /api/v2/instance', () => {
    const capabilities = networkCapabilities(Network.Mastodon, mastodonInstanceOverrides({ statuses: { max_characters: 5000, characters_reserved_per_url: 30 } }));
    expect(capabilities.textLimit).toBe(5000);
    expect(measureText(analyzeText('https://a.fr'), capabilities)[0].value).toBe(30);
    expect(networkCapabilities(Network.Mastodon).textLimit).toBe(500);
  });

  it('ignores nonsense in the instance configuration', () => {
    expect(mastodonInstanceOverrides({ statuses: { max_characters: -1 }, media_attachments: { description_limit: 1.5 } })).toEqual({ media: {} });
  });

  it('is valid at exactly the limit and over by one, the link counted whole', () => {
    expect(main(Network.Mastodon, `${'é'.repeat(476)} https://ville.fr/agenda`)).toMatchObject({ value: 500, overflowAt: null });
    expect(main(Network.Mastodon, `${'é'.repeat(477)} https://ville.fr/agenda`)).toMatchObject({ value: 501, overflowAt: 478 });
  });
});

describe('X: weighted like twitter-text', () => {
  const samples = [
    'Bonjour tout le monde',
    'Réunion publique\u202f: mardi à 18\u00a0h. « Venez nombreux\u00a0! »',
    'Fête 🎉🇫🇷👨‍👩‍👧 et 1️⃣ ©️ ©',
    'e\u0301te\u0301 — crème brûlée…',
    'Infos : https://www.ville.fr/agenda/2025/ete et ville.fr/plan',
    '東京と大阪 한국어 ไทย',
    '👍🏽👍🏿 ❤️ ❤ ☀️ ⚠️',
    `${'a'.repeat(257)} https://ville.fr/x`,
  ];
  it.each(samples)('matches twitter-text on %j', (text) => {
    expect(main(Network.X, text).value).toBe(twitterText.parseTweet(text).weightedLength);
  });

  it('matches twitter-text on 500 random mixes of scripts, emoji, marks and links', () => {
    const pieces = ['a', 'é', 'e\u0301', ' ', '\u202f', '…', '«', '中', '한', '😀', '👨‍👩‍👧', '🇫🇷', '👍🏽', '❤️', '©', '\n', ' https://ville.fr/a ', ' ville.fr ', '#Été', '@bob'];
    let seed = 11;
    const mismatches: string[] = [];
    for (let round = 0; round < 500; round++) {
      let text = '';
      for (let i = 0; i < 30; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += pieces[seed % pieces.length];
      }
      const expected = twitterText.parseTweet(text).weightedLength;
      if (main(Network.X, text).value !== expected) mismatches.push(JSON.stringify(text));
    }
    expect(mismatches).toEqual([]);
  });

  it('counts French typography as X does: a narrow no-break space or an ellipsis weighs 2, « » and ’ weigh 1', () => {
    expect(main(Network.X, 'Oui\u202f!').value).toBe(6);
    expect(main(Network.X, 'Oui !').value).toBe(5);
    expect(main(Network.X, 'Et…').value).toBe(4);
    expect(main(Network.X, '« l’été »').value).toBe(9);
    expect(main(Network.Bluesky, 'Oui\u202f!').value).toBe(5);
  });

  it('is valid at exactly 280 and points where twitter-text’s valid range ends when over', () => {
    expect(main(Network.X, 'a'.repeat(280)).overflowAt).toBeNull();
    const over = `${'a'.repeat(270)} 中文中文中文`;
    const parsed = twitterText.parseTweet(over);
    expect(parsed.valid).toBe(false);
    expect(main(Network.X, over).overflowAt).toBe(parsed.validRangeEnd + 1);
  });
});

describe('the other networks', () => {
  it('LinkedIn counts UTF-16 units: 3,000 fit, 3,001 do not; an emoji counts 2', () => {
    expect(main(Network.LinkedIn, 'a'.repeat(3000)).overflowAt).toBeNull();
    expect(main(Network.LinkedIn, 'a'.repeat(3001)).overflowAt).toBe(3000);
    expect(main(Network.LinkedIn, '🎉').value).toBe(2);
  });

  it('never points into the middle of an emoji', () => {
    expect(main(Network.LinkedIn, `${'a'.repeat(2999)}🎉`).overflowAt).toBe(2999);
  });

  it('Facebook allows 63,206 and Instagram 2,200', () => {
    expect(main(Network.Facebook, 'a'.repeat(63206)).overflowAt).toBeNull();
    expect(main(Network.Facebook, 'a'.repeat(63207)).overflowAt).toBe(63206);
    expect(main(Network.Instagram, 'a'.repeat(2201))).toMatchObject({ limit: 2200, overflowAt: 2200 });
  });

  it('Threads counts code points, each emoji its UTF-8 bytes', () => {
    expect(main(Network.Threads, 'été').value).toBe(3);
    expect(main(Network.Threads, '🎉').value).toBe(4);
    expect(main(Network.Threads, '👨‍👩‍👧').value).toBe(18);
    expect(main(Network.Threads, `${'a'.repeat(496)}🎉`).overflowAt).toBeNull();
    expect(main(Network.Threads, `${'a'.repeat(497)}🎉`).overflowAt).toBe(497);
  });
});
