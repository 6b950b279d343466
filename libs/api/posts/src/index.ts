export * from './lib/entities';
export * from './lib/posts.module';
export * from './lib/repositories/posts-repositories';
export * from './lib/services/posts.errors';
export * from './lib/services/posts.service';
export * from './lib/services/submission.service';
export * from './lib/services/post-content-events';
export { MEDIA_STORAGE, type MediaStorage } from './lib/media/media-storage';
export { POST_PUBLICATIONS, type PostPublicationsPort } from './lib/services/post-publications.port';
