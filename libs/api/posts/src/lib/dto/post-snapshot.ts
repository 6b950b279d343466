import type { PostDto } from './post.dto';

/** What a post_version row keeps: the post as it was answered after that save. */
export type PostSnapshotData = PostDto;
