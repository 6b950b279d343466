import { load } from 'cheerio';

export interface OpenGraphCard {
  title: string | null;
  description: string | null;
  siteName: string | null;
  /** Absolute (resolved against the page's final URL). */
  imageUrl: string | null;
}

const clip = (value: string | undefined, max: number): string | null => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? Array.from(text).slice(0, max).join('') : null;
};

/** The OpenGraph card of a page (with the Twitter card and plain HTML as fallbacks). */
export function parseOpenGraph(html: string, pageUrl: string): OpenGraphCard {
  const $ = load(html);
  const meta = (...names: string[]): string | undefined => {
    for (const name of names) {
      const value = $(`meta[property="${name}"]`).attr('content') ?? $(`meta[name="${name}"]`).attr('content');
      if (value?.trim()) return value;
    }
    return undefined;
  };
  const image = meta('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image');
  let imageUrl: string | null = null;
  if (image && URL.canParse(image.trim(), pageUrl)) {
    const resolved = new URL(image.trim(), pageUrl);
    if (resolved.protocol === 'https:' || resolved.protocol === 'http:') imageUrl = resolved.toString();
  }
  return {
    title: clip(meta('og:title', 'twitter:title') ?? $('head > title').first().text(), 300),
    description: clip(meta('og:description', 'twitter:description', 'description'), 1000),
    siteName: clip(meta('og:site_name'), 200),
    imageUrl,
  };
}
