import { BriefStatus } from '../planning/brief-status';
import { briefStatusFollowingPosts } from './brief-progress';
import { PostStatus } from './post-lifecycle';
import { tagLinksInText, tagUrl } from './utm-tagging';

describe('a brief follows its posts', () => {
  it('is in progress while a post is being written', () => {
    expect(briefStatusFollowingPosts(BriefStatus.Assigned, [PostStatus.Draft], true)).toBe(BriefStatus.InProgress);
    expect(briefStatusFollowingPosts(BriefStatus.Idea, [PostStatus.Draft], false)).toBe(BriefStatus.InProgress);
    expect(briefStatusFollowingPosts(BriefStatus.DraftSubmitted, [PostStatus.InReview, PostStatus.ChangesRequested], true)).toBe(BriefStatus.InProgress);
  });

  it('is submitted once every live post is, done once every live post is published', () => {
    expect(briefStatusFollowingPosts(BriefStatus.InProgress, [PostStatus.InReview, PostStatus.Rejected], true)).toBe(BriefStatus.DraftSubmitted);
    expect(briefStatusFollowingPosts(BriefStatus.DraftSubmitted, [PostStatus.Published, PostStatus.Published], true)).toBe(BriefStatus.Done);
  });

  it('falls back when its last post goes, and never reopens a closed brief', () => {
    expect(briefStatusFollowingPosts(BriefStatus.InProgress, [], true)).toBe(BriefStatus.Assigned);
    expect(briefStatusFollowingPosts(BriefStatus.InProgress, [PostStatus.Withdrawn], false)).toBe(BriefStatus.Idea);
    expect(briefStatusFollowingPosts(BriefStatus.Assigned, [], true)).toBe(BriefStatus.Assigned);
    expect(briefStatusFollowingPosts(BriefStatus.Done, [PostStatus.Draft], true)).toBe(BriefStatus.Done);
    expect(briefStatusFollowingPosts(BriefStatus.Cancelled, [PostStatus.Draft], true)).toBe(BriefStatus.Cancelled);
  });
});

describe('UTM tagging', () => {
  const tags = { source: 'bluesky', medium: 'social', campaign: 'fetes-de-fin-d-annee' };

  it('adds source, medium and campaign to every link, with or without a scheme', () => {
    expect(tagLinksInText('Programme : https://ville.fr/agenda et ville.fr/noel !', tags)).toBe(
      'Programme : https://ville.fr/agenda?utm_source=bluesky&utm_medium=social&utm_campaign=fetes-de-fin-d-annee et ville.fr/noel?utm_source=bluesky&utm_medium=social&utm_campaign=fetes-de-fin-d-annee !',
    );
  });

  it('keeps existing parameters and the fragment, and the author’s own utm values', () => {
    expect(tagUrl('https://ville.fr/a?x=1&utm_source=affiche#plan', tags)).toBe('https://ville.fr/a?x=1&utm_source=affiche&utm_medium=social&utm_campaign=fetes-de-fin-d-annee#plan');
  });

  it('leaves a text without links as it is, and omits the campaign when there is none', () => {
    expect(tagLinksInText('Bonne année à toutes et à tous', tags)).toBe('Bonne année à toutes et à tous');
    expect(tagUrl('https://ville.fr/', { ...tags, campaign: null })).toBe('https://ville.fr/?utm_source=bluesky&utm_medium=social');
  });
});
