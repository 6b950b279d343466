import { instantToWallClock } from '@parvis/shared/domain/content-rules';
import type { NetworkName, PostStatus, PostSummary } from '../data/post-types';

export const POST_EVENT_PREFIX = 'post:';

/** Colours per status with a 4.5:1 contrast for their white text (the status is also written in the title). */
const STATUS_COLOUR: Record<PostStatus, string> = {
  draft: '#5a5d6e',
  in_review: '#8a4b00',
  changes_requested: '#a4001d',
  approved: '#18753c',
  scheduled: '#1d4ed8',
  publishing: '#1d4ed8',
  published: '#0c5a2b',
  rejected: '#7a0010',
  withdrawn: '#5a5d6e',
  failed: '#a4001d',
  unknown_outcome: '#8a4b00',
  cancelled: '#5a5d6e',
  missed: '#7a0010',
};

const NETWORK_SHORT: Record<NetworkName, string> = { bluesky: 'Bs', mastodon: 'M', x: 'X', linkedin: 'in', facebook: 'f', instagram: 'Ig', threads: '@' };

/** A FullCalendar-shaped event (plain data: the calendar library stays with the planning screens). */
export interface PostCalendarEvent {
  id: string;
  title: string;
  start: string;
  allDay: false;
  editable: false;
  backgroundColor: string;
  borderColor: string;
  textColor: string;
  url: string;
  classNames: string[];
  extendedProps: { post: PostSummary };
}

/**
 * Planned posts as calendar events at their wall-clock time in the organisation's zone (the calendar
 * runs zone-less, like the briefs), titled with the networks and the status in words.
 */
export function postCalendarEvents(
  orgId: string,
  posts: readonly PostSummary[],
  zone: string,
  statusLabel: (status: PostStatus) => string,
): PostCalendarEvent[] {
  return posts.flatMap((post) => {
    if (!post.plannedAt) return [];
    const local = instantToWallClock(new Date(post.plannedAt), zone);
    const colour = STATUS_COLOUR[post.status];
    const networks = post.networks.map((n) => NETWORK_SHORT[n]).join(' ');
    return [
      {
        id: `${POST_EVENT_PREFIX}${post.id}`,
        title: `[${networks}] ${post.title} · ${statusLabel(post.status)}`,
        start: `${local.date}T${local.time}:00`,
        allDay: false,
        editable: false,
        backgroundColor: colour,
        borderColor: colour,
        textColor: '#ffffff',
        url: `/orgs/${orgId}/posts/${post.id}`,
        classNames: ['pv-post-event', `pv-post-event--${post.status}`],
        extendedProps: { post },
      },
    ];
  });
}
