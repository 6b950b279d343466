import type { FakeAccount, FakeMedia, FakeStatus } from './fake-mastodon-state';

/** JSON shapes from docs.joinmastodon.org/entities (the fields clients read). */

export function accountEntity(origin: string, account: FakeAccount): Record<string, unknown> {
  const host = new URL(origin).host;
  return {
    id: account.id,
    username: account.username,
    acct: account.username,
    display_name: account.displayName,
    locked: false,
    bot: false,
    discoverable: true,
    group: false,
    created_at: '2024-01-01T00:00:00.000Z',
    note: '',
    url: `${origin}/@${account.username}`,
    uri: `${origin}/users/${account.username}`,
    avatar: `${origin}/avatars/original/missing.png`,
    avatar_static: `${origin}/avatars/original/missing.png`,
    header: `${origin}/headers/original/missing.png`,
    header_static: `${origin}/headers/original/missing.png`,
    followers_count: 0,
    following_count: 0,
    statuses_count: 0,
    last_status_at: null,
    emojis: [],
    fields: [],
    source: { privacy: 'public', sensitive: false, language: null, note: '', fields: [], follow_requests_count: 0 },
    fqn: `${account.username}@${host}`,
  };
}

export function mediaEntity(origin: string, media: FakeMedia, now: number): Record<string, unknown> {
  const ready = now >= media.readyAt;
  return {
    id: media.id,
    type: media.type,
    url: ready ? `${origin}/system/media_attachments/files/${media.id}/original.png` : null,
    preview_url: `${origin}/system/media_attachments/files/${media.id}/small.png`,
    remote_url: null,
    text_url: null,
    meta: null,
    description: media.description,
    blurhash: null,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function statusEntity(origin: string, status: FakeStatus, account: FakeAccount, media: FakeMedia[], now: number, withSource = false): Record<string, unknown> {
  const parent = status.inReplyToId;
  return {
    id: status.id,
    uri: `${origin}/users/${account.username}/statuses/${status.id}`,
    url: `${origin}/@${account.username}/${status.id}`,
    created_at: status.createdAt.toISOString(),
    account: accountEntity(origin, account),
    content: `<p>${escapeHtml(status.text).replace(/\n/g, '<br />')}</p>`,
    visibility: status.visibility,
    sensitive: status.sensitive,
    spoiler_text: status.spoilerText,
    media_attachments: media.map((item) => mediaEntity(origin, item, now)),
    application: { name: 'Parvis', website: null },
    mentions: [],
    tags: [],
    emojis: [],
    reblogs_count: 0,
    favourites_count: 0,
    replies_count: 0,
    in_reply_to_id: parent,
    in_reply_to_account_id: parent ? account.id : null,
    reblog: null,
    poll: null,
    card: null,
    language: status.language,
    edited_at: null,
    ...(withSource ? { text: status.text } : {}),
  };
}

export function instanceEntity(origin: string, limits: { maxCharacters: number; maxMediaAttachments: number; charactersReservedPerUrl: number; descriptionLimit: number }): Record<string, unknown> {
  const domain = new URL(origin).host;
  return {
    domain,
    title: 'Fake Mastodon',
    version: '4.3.0',
    source_url: 'https://github.com/mastodon/mastodon',
    description: 'A strict local Mastodon API for contract tests',
    usage: { users: { active_month: 1 } },
    thumbnail: { url: `${origin}/thumbnail.png` },
    languages: ['fr', 'en'],
    configuration: {
      urls: { streaming: origin.replace(/^http/, 'ws') },
      accounts: { max_featured_tags: 10 },
      statuses: { max_characters: limits.maxCharacters, max_media_attachments: limits.maxMediaAttachments, characters_reserved_per_url: limits.charactersReservedPerUrl },
      media_attachments: {
        supported_mime_types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4'],
        image_size_limit: 16777216,
        image_matrix_limit: 33177600,
        video_size_limit: 103809024,
        video_frame_rate_limit: 120,
        video_matrix_limit: 8294400,
        description_limit: limits.descriptionLimit,
      },
      polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2629746 },
      translation: { enabled: false },
    },
    registrations: { enabled: false, approval_required: false, message: null },
    contact: { email: 'admin@fake.test', account: null },
    rules: [],
  };
}
