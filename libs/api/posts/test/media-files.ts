import sharp from 'sharp';

/** Test images made here with sharp: nothing binary is checked in. */
export async function jpeg(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } }).jpeg().toBuffer();
}

/** A PNG carrying EXIF with GPS coordinates (the town hall's roof). */
export async function pngWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 10, g: 120, b: 200, alpha: 1 } } })
    .withExif({ IFD0: { Make: 'Parvis', Model: 'Test' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 300/100' } })
    .png()
    .toBuffer();
}

/** Noise compresses badly: a JPEG well over Bluesky's 2 MB. */
export async function largeJpeg(): Promise<Buffer> {
  const width = 3000;
  const height = 2000;
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  return sharp(noise, { raw: { width, height, channels: 3 } }).jpeg({ quality: 100 }).toBuffer();
}

const u32 = (value: number): Buffer => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value >>> 0);
  return bytes;
};
const u16 = (value: number): Buffer => {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16BE(value);
  return bytes;
};
const box = (type: string, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts);
  return Buffer.concat([u32(8 + body.length), Buffer.from(type, 'latin1'), body]);
};
const fullBox = (type: string, versionAndFlags: number, ...parts: Buffer[]): Buffer => box(type, u32(versionAndFlags), ...parts);
const MATRIX = Buffer.concat([0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000].map(u32));

/**
 * A minimal but well-formed MP4 (ISO BMFF): ftyp, a movie header and one empty video track of the
 * given duration, then a little data. Enough for file-type to sniff it and mediainfo.js to time it.
 */
export function tinyMp4(durationMs: number): Buffer {
  const ftyp = box('ftyp', Buffer.from('isom'), u32(0x200), Buffer.from('isomiso2mp41'));
  const mvhd = fullBox('mvhd', 0, u32(0), u32(0), u32(1000), u32(durationMs), u32(0x00010000), u16(0x0100), Buffer.alloc(10), MATRIX, Buffer.alloc(24), u32(2));
  const tkhd = fullBox('tkhd', 3, u32(0), u32(0), u32(1), u32(0), u32(durationMs), Buffer.alloc(8), u16(0), u16(0), u16(0), u16(0), MATRIX, u32(320 << 16), u32(240 << 16));
  const mdhd = fullBox('mdhd', 0, u32(0), u32(0), u32(1000), u32(durationMs), u16(0x55c4), u16(0));
  const hdlr = fullBox('hdlr', 0, u32(0), Buffer.from('vide'), Buffer.alloc(12), Buffer.from('VideoHandler\0'));
  const stbl = box('stbl', fullBox('stsd', 0, u32(0)), fullBox('stts', 0, u32(0)), fullBox('stsc', 0, u32(0)), fullBox('stsz', 0, u32(0), u32(0)), fullBox('stco', 0, u32(0)));
  const minf = box('minf', fullBox('vmhd', 1, u16(0), u16(0), u16(0), u16(0)), box('dinf', fullBox('dref', 0, u32(1), fullBox('url ', 1))), stbl);
  const trak = box('trak', tkhd, box('mdia', mdhd, hdlr, minf));
  return Buffer.concat([ftyp, box('moov', mvhd, trak), box('mdat', Buffer.alloc(16))]);
}
