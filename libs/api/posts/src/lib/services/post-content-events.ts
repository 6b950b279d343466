import { Injectable } from '@nestjs/common';
import type { AuditActor, OrgScope } from '@parvis/api/core';
import type { PostEntity } from '../entities';

export interface PostContentChange {
  postId: string;
  previousHash: string;
  newHash: string;
  actor: AuditActor;
}

/** Told of every save of a post, inside the save's transaction (approvals: the audit line, the review reset). */
export interface PostContentListener {
  onPostContentChanged(scope: OrgScope, post: PostEntity, change: PostContentChange): Promise<void>;
}

/** Lets modules that depend on posts (approvals) follow its saves without posts depending on them. */
@Injectable()
export class PostContentEvents {
  private readonly listeners: PostContentListener[] = [];

  register(listener: PostContentListener): void {
    this.listeners.push(listener);
  }

  async changed(scope: OrgScope, post: PostEntity, change: PostContentChange): Promise<void> {
    for (const listener of this.listeners) await listener.onPostContentChanged(scope, post, change);
  }
}
