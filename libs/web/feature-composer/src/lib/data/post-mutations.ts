import { notificationKeys, planningKeys } from '@parvis/web/data-access';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgRequest, uploadWithProgress } from './http';
import { mediaKeys, postKeys } from './post-keys';
import type { CreatePostInput, Media, Post, PostComment, UpdatePostInput } from './post-types';

export function useCreatePost(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePostInput) => orgRequest<Post>('POST', orgId, '/posts', { body: input }),
    onSuccess: (post) => {
      queryClient.setQueryData(postKeys.detail(orgId, post.id), post);
      // The brief's status follows its posts.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: postKeys.lists(orgId) }),
        queryClient.invalidateQueries({ queryKey: planningKeys.briefs(orgId) }),
      ]);
    },
  });
}

export interface UpdatePostVariables {
  input: UpdatePostInput;
  /** The version the editor started from (If-Match). */
  version: number;
}

/** PATCH with If-Match; the saved post replaces the cached one (a 412 is left to the caller). */
export function useUpdatePost(orgId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: UpdatePostVariables) =>
      orgRequest<Post>('PATCH', orgId, `/posts/${postId}`, { body: input, ifMatch: version }),
    onSuccess: (post) => {
      queryClient.setQueryData(postKeys.detail(orgId, post.id), post);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: postKeys.versions(orgId, postId) }),
        queryClient.invalidateQueries({ queryKey: postKeys.lists(orgId) }),
      ]);
    },
  });
}

export function useAddPostComment(orgId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => orgRequest<PostComment>('POST', orgId, `/posts/${postId}/comments`, { body: { body } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: postKeys.comments(orgId, postId) }),
        queryClient.invalidateQueries({ queryKey: notificationKeys.all(orgId) }),
      ]),
  });
}

export interface UploadVariables {
  file: File;
  altText?: string;
  onProgress: (fraction: number) => void;
}

export function useUploadMedia(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, altText, onProgress }: UploadVariables) => {
      const form = new FormData();
      form.append('file', file);
      if (altText) form.append('altText', altText);
      return uploadWithProgress<Media>(orgId, '/media', form, onProgress);
    },
    onSuccess: (media) => {
      queryClient.setQueryData(mediaKeys.detail(orgId, media.id), media);
      return queryClient.invalidateQueries({ queryKey: mediaKeys.library(orgId) });
    },
  });
}

export function useUpdateMediaAlt(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ media, altText }: { media: Media; altText: string }) =>
      orgRequest<Media>('PATCH', orgId, `/media/${media.id}`, { body: { altText }, ifMatch: media.version }),
    onSuccess: (media) => queryClient.setQueryData(mediaKeys.detail(orgId, media.id), media),
  });
}
