import { countGraphemes } from '../text/graphemes';
import type { MediaCapabilities } from './network-capabilities';
import type { VariantMedia } from './variant';
import { violation, type Violation } from './violation';

const ASPECT_TOLERANCE = 0.01;

/** Count, type, size, duration, aspect and alt-text length of a variant's media against one network. */
export function validateMedia(media: readonly VariantMedia[], rules: MediaCapabilities): Violation[] {
  const found: Violation[] = [];
  if (media.length === 0) {
    if (rules.required) found.push(violation('media_required', 'error', { field: 'text' }));
    return found;
  }
  if (media.length > rules.maxItems) found.push(violation('too_many_media', 'error', { field: 'media', index: rules.maxItems }, { count: media.length, max: rules.maxItems }));
  const videos = media.filter((m) => m.kind === 'video').length;
  if (videos > rules.maxVideos) found.push(violation('too_many_videos', 'error', { field: 'media', index: 0 }, { count: videos, max: rules.maxVideos }));
  if (videos > 0 && videos < media.length && !rules.mixImagesAndVideo) found.push(violation('mixed_media_not_supported', 'error', { field: 'media', index: 0 }));

  media.forEach((item, index) => {
    const target = { field: 'media', index } as const;
    const types = item.kind === 'image' ? rules.imageTypes : rules.videoTypes;
    if (!types.includes(item.mimeType)) found.push(violation('media_type_not_supported', 'error', target, { type: item.mimeType, accepted: types.join(', ') }));
    const maxBytes = item.kind === 'image' ? rules.maxImageBytes : rules.maxVideoBytes;
    if (item.sizeBytes > maxBytes) found.push(violation(item.kind === 'image' ? 'image_too_large' : 'video_too_large', 'error', target, { size: item.sizeBytes, max: maxBytes }));
    if (item.kind === 'video' && rules.maxVideoSeconds !== null && (item.durationSeconds ?? 0) > rules.maxVideoSeconds) {
      found.push(violation('video_too_long', 'error', target, { seconds: item.durationSeconds ?? 0, max: rules.maxVideoSeconds }));
    }
    if (rules.aspectRatio && item.width && item.height) {
      const ratio = item.width / item.height;
      if (ratio < rules.aspectRatio.min - ASPECT_TOLERANCE || ratio > rules.aspectRatio.max + ASPECT_TOLERANCE) {
        found.push(violation('aspect_ratio_out_of_range', 'error', target, { ratio: Math.round(ratio * 100) / 100, min: rules.aspectRatio.min, max: rules.aspectRatio.max }));
      }
    }
    const alt = item.altText ?? '';
    if (rules.altTextMax !== null && alt.length > rules.altTextMax && countGraphemes(alt) > rules.altTextMax) {
      found.push(violation('alt_text_too_long', 'error', target, { length: countGraphemes(alt), max: rules.altTextMax }));
    }
  });
  return found;
}
