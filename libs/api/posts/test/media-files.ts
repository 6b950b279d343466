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

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

/** The smallest MP4 container file-type recognises: an ftyp box, an empty moov and some data. */
export function tinyMp4(): Buffer {
  const ftyp = box('ftyp', Buffer.from('isom', 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2mp41', 'latin1'));
  return Buffer.concat([ftyp, box('moov'), box('mdat', Buffer.alloc(64))]);
}
