import { detectEntities } from '../text/entities';

export interface UtmTags {
  /** The network (utm_source). */
  source: string;
  /** Always `social` for posts. */
  medium: string;
  /** The campaign's slug (utm_campaign); null: no campaign tag. */
  campaign: string | null;
}

/** Adds the UTM parameters to one address; parameters already there are kept as the author wrote them. */
export function tagUrl(address: string, tags: UtmTags): string {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(address);
  let url: URL;
  try {
    url = new URL(hasScheme ? address : `https://${address}`);
  } catch {
    return address;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return address;
  const wanted: [string, string | null][] = [
    ['utm_source', tags.source],
    ['utm_medium', tags.medium],
    ['utm_campaign', tags.campaign],
  ];
  for (const [name, value] of wanted) if (value && !url.searchParams.has(name)) url.searchParams.set(name, value);
  const tagged = url.toString();
  return hasScheme ? tagged : tagged.replace(/^https:\/\//, '');
}

/** Every link of a text tagged (what goes out at publication, and what the preview shows). */
export function tagLinksInText(text: string, tags: UtmTags): string {
  const links = detectEntities(text).filter((entity) => entity.kind === 'url');
  let result = '';
  let cursor = 0;
  for (const link of links) {
    result += text.slice(cursor, link.start) + tagUrl(text.slice(link.start, link.end), tags);
    cursor = link.end;
  }
  return result + text.slice(cursor);
}
