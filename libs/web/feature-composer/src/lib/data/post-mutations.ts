import { apiClient, ifMatch, notificationKeys, planningKeys, unwrap } from '@parvis/web/data-access';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadWithProgress } from './http';
import { mediaKeys, postKeys } from './post-keys';
import type { CreatePostInput, Media, UpdatePostInput } from './post-types';

export function useCreatePost(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePostInput) => unwrap(apiClient.POST('/api/orgs/{orgId}/posts', { params: { path: { orgId } }, body })),
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
  /** The version the editor started from (If-Match, contract A). */
  version: number;
}

/** PATCH with If-Match; the saved post replaces the cached one (a 412 is left to the caller). */
export function useUpdatePost(orgId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: UpdatePostVariables) =>
      unwrap(apiClient.PATCH('/api/orgs/{orgId}/posts/{postId}', { params: { path: { orgId, postId }, header: ifMatch(version) }, body: input })),
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
    mutationFn: (body: string) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/posts/{postId}/comments', { params: { path: { orgId, postId } }, body: { body } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: postKeys.comments(orgId, postId) }),
        queryClient.invalidateQueries({ queryKey: notificationKeys.all(orgId) }),
      ]),
  });
}

export interface UploadVariables {
  file: File;
  onProgress: (fraction: number) => void;
}

export function useUploadMedia(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: UploadVariables) => {
      const form = new FormData();
      form.append('file', file);
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
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/media/{mediaId}', {
          params: { path: { orgId, mediaId: media.id }, header: ifMatch(media.version) },
          body: { altText },
        }),
      ),
    onSuccess: (media) => queryClient.setQueryData(mediaKeys.detail(orgId, media.id), media),
  });
}
