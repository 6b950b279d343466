import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { DEFAULT_NETWORK_CAPABILITIES, Network, type MediaKind } from '@parvis/shared/domain';
import { readVideoDurationMs } from './video-metadata';

/** What the library accepts, sniffed from the bytes (never the name or the declared type). */
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
const VIDEO_TYPES = new Set(['video/mp4', 'video/quicktime', 'video/webm']);

export interface ProcessedFile {
  bytes: Buffer;
  mime: string;
  width: number | null;
  height: number | null;
}

export interface ProcessedMedia extends ProcessedFile {
  kind: MediaKind;
  durationMs: number | null;
  contentHash: string;
  extension: string;
  /** Copies made for a network's limits, by network. */
  renditions: (ProcessedFile & { network: Network })[];
}

/** The upload cannot be accepted: the reason is for the user ("the file is damaged"…). */
export class MediaRefusal extends Error {}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Decodes fully (a truncated or damaged image fails), applies the EXIF orientation, drops every metadata (GPS…). */
async function reencode(input: Buffer, mime: string): Promise<ProcessedFile> {
  const animated = mime === 'image/gif' || mime === 'image/webp';
  let pipeline = sharp(input, { failOn: 'warning', animated }).rotate();
  if (mime === 'image/jpeg') pipeline = pipeline.jpeg({ quality: 88 });
  else if (mime === 'image/png') pipeline = pipeline.png({ compressionLevel: 9 });
  else if (mime === 'image/webp') pipeline = pipeline.webp({ quality: 88 });
  else pipeline = pipeline.gif();
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { bytes: data, mime, width: info.width, height: info.pageHeight ?? info.height };
}

/** A JPEG within `maxBytes`, made smaller step by step (Bluesky: 2,000,000 bytes per image). */
async function fitWithin(image: ProcessedFile, maxBytes: number): Promise<ProcessedFile> {
  for (const [edge, quality] of [[4096, 82], [2048, 80], [2048, 68], [1600, 68], [1200, 60], [1000, 50]] as const) {
    const { data, info } = await sharp(image.bytes).resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true }).jpeg({ quality }).toBuffer({ resolveWithObject: true });
    if (data.length <= maxBytes) return { bytes: data, mime: 'image/jpeg', width: info.width, height: info.height };
  }
  throw new MediaRefusal('the image cannot be brought under the Bluesky size limit');
}

/** Sniffs, checks, re-encodes and makes the per-network renditions of an upload. */
export async function processUpload(input: Buffer): Promise<ProcessedMedia> {
  const type = await fileTypeFromBuffer(input);
  if (!type || (!IMAGE_TYPES.has(type.mime) && !VIDEO_TYPES.has(type.mime))) {
    throw new MediaRefusal(`the file is not an image (JPEG, PNG, WebP, GIF) or a video (MP4, MOV, WebM)${type ? ` but ${type.mime}` : ''}`);
  }
  if (VIDEO_TYPES.has(type.mime)) {
    const durationMs = await readVideoDurationMs(input);
    return { kind: 'video', bytes: input, mime: type.mime, width: null, height: null, durationMs, contentHash: sha256(input), extension: type.ext, renditions: [] };
  }
  let image: ProcessedFile;
  try {
    image = await reencode(input, type.mime);
  } catch {
    throw new MediaRefusal('the image is damaged or truncated and cannot be read');
  }
  const renditions: ProcessedMedia['renditions'] = [];
  const blueskyMax = DEFAULT_NETWORK_CAPABILITIES[Network.Bluesky].media.maxImageBytes;
  if (image.bytes.length > blueskyMax) renditions.push({ network: Network.Bluesky, ...(await fitWithin(image, blueskyMax)) });
  return { kind: 'image', ...image, durationMs: null, contentHash: sha256(image.bytes), extension: type.ext, renditions };
}
