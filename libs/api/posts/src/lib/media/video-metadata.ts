import mediaInfoFactory from 'mediainfo.js';

/** A video's duration read from its container (mediainfo.js, WebAssembly, no ffmpeg); null if unknown. */
export async function readVideoDurationMs(bytes: Buffer): Promise<number | null> {
  const mediaInfo = await mediaInfoFactory({ format: 'object' });
  try {
    const result = await mediaInfo.analyzeData(bytes.length, (size, offset) => new Uint8Array(bytes.subarray(offset, offset + size)));
    const general = result.media?.track.find((track) => track['@type'] === 'General');
    const seconds = general && 'Duration' in general ? Number(general.Duration) : Number.NaN;
    return Number.isFinite(seconds) ? Math.round(seconds * 1000) : null;
  } catch {
    return null;
  } finally {
    mediaInfo.close();
  }
}
