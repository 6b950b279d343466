import { LinkPreviewEntity } from './link-preview.entity';
import { PostAudienceEntity, PostVariantMediaEntity } from './links.entity';
import { MediaEntity } from './media.entity';
import { PostCommentEntity } from './post-comment.entity';
import { PostSettingsEntity } from './post-settings.entity';
import { PostVariantEntity } from './post-variant.entity';
import { PostVersionEntity } from './post-version.entity';
import { PostEntity } from './post.entity';

export * from './link-preview.entity';
export * from './links.entity';
export * from './media.entity';
export * from './post-comment.entity';
export * from './post-settings.entity';
export * from './post-variant.entity';
export * from './post-version.entity';
export * from './post.entity';

export const POSTS_ENTITIES = [
  PostEntity,
  PostVariantEntity,
  PostAudienceEntity,
  PostVariantMediaEntity,
  PostVersionEntity,
  PostCommentEntity,
  MediaEntity,
  LinkPreviewEntity,
  PostSettingsEntity,
];
