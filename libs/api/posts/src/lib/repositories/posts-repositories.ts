import { Injectable } from '@nestjs/common';
import { OrgBound, TransactionContext } from '@parvis/api/core';
import { LinkPreviewsRepository, MediaRepository, PostSettingsRepository } from './media.repository';
import { PostCommentsRepository, PostVersionsRepository } from './post-history.repositories';
import { PostsRepository } from './posts.repository';
import { VariantsRepository } from './variants.repository';

/** Every repository of the posts module, bound to one organisation. */
export interface PostsRepos {
  posts: PostsRepository;
  variants: VariantsRepository;
  versions: PostVersionsRepository;
  comments: PostCommentsRepository;
  media: MediaRepository;
  linkPreviews: LinkPreviewsRepository;
  settings: PostSettingsRepository;
}

/** The posts module's way to its data: `forOrg(scope)` hands repositories bound to that organisation. */
@Injectable()
export class PostsRepositories {
  constructor(private readonly transactions: TransactionContext) {}

  forOrg(scope: OrgBound): PostsRepos {
    const tx = this.transactions;
    const id = scope.organizationId;
    return {
      posts: new PostsRepository(tx, id),
      variants: new VariantsRepository(tx, id),
      versions: new PostVersionsRepository(tx, id),
      comments: new PostCommentsRepository(tx, id),
      media: new MediaRepository(tx, id),
      linkPreviews: new LinkPreviewsRepository(tx, id),
      settings: new PostSettingsRepository(tx, id),
    };
  }
}
