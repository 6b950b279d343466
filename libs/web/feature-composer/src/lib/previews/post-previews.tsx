import { useMemo } from 'react';
import { useChannelChecks } from '../composer/channel-validation';
import { draftOfPost } from '../composer/composer-draft';
import type { Post } from '../data/post-types';
import { useMediaMap } from '../media/use-media-map';
import { NetworkPreview } from './network-preview';

/** Every channel's preview of a saved post, as the composer shows them (the review page reads them). */
export function PostPreviews({ orgId, post }: { orgId: string; post: Post }) {
  const draft = useMemo(() => draftOfPost(post), [post]);
  const mediaIds = useMemo(() => [...new Set(draft.variants.flatMap((v) => v.media.map((m) => m.mediaId)))], [draft]);
  const mediaById = useMediaMap(orgId, mediaIds);
  const checks = useChannelChecks(draft, mediaById);
  return (
    <div className="pv-previews">
      {checks.map((check) => (
        <NetworkPreview key={check.variant.channelId} orgId={orgId} check={check} mediaById={mediaById} />
      ))}
    </div>
  );
}
