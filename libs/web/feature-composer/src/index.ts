import './lib/composer.css';

export { COMPOSER_NAMESPACE, composerResources } from './lib/i18n';
export { ComposerPage } from './lib/composer/composer-page';
export { NewPostPage } from './lib/composer/new-post-page';
export { ContentsPage } from './lib/contents/contents-page';
export { postKeys, mediaKeys } from './lib/data/post-keys';
export { postsQueryOptions, postQueryOptions } from './lib/data/post-queries';
export type { Post, PostSummary, PostStatus, Media } from './lib/data/post-types';
// For the review page (feature-approvals): the same previews and word diff as the composer's.
export { PostPreviews } from './lib/previews/post-previews';
export { DiffSegments } from './lib/history/version-history';
export { postDiffQueryOptions } from './lib/data/post-queries';
export { titleOf, type ComposerPanel } from './lib/composer/composer-page';
