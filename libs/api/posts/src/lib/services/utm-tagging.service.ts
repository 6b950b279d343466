import { Injectable } from '@nestjs/common';
import type { OrgBound } from '@parvis/api/core';
import { PlanningRepositories } from '@parvis/api/planning';
import { slugify, tagLinksInText, type UtmTags } from '@parvis/shared/domain';
import { PostsRepositories } from '../repositories/posts-repositories';

/**
 * The one place a variant's text becomes the text that goes out: the preview the API answers and the
 * text the publisher sends both come from here, so they cannot differ.
 */
export function publishedText(text: string, network: string, utm: UtmTags | null): string {
  return utm ? tagLinksInText(text, { ...utm, source: network }) : text;
}

/** An organisation's UTM tags for a post: none unless it tags links; the campaign's slug when the post has one. */
export function utmTagsOf(utmTagging: boolean, campaignName: string | null): UtmTags | null {
  return utmTagging ? { source: '', medium: 'social', campaign: campaignName ? slugify(campaignName) : null } : null;
}

@Injectable()
export class UtmTaggingService {
  constructor(
    private readonly repositories: PostsRepositories,
    private readonly planning: PlanningRepositories,
  ) {}

  /** The UTM tags of a post's links when the organisation tags them (the source is set per network by `publishedText`). */
  async tagsFor(scope: OrgBound, campaignId: string | null): Promise<UtmTags | null> {
    const settings = await this.repositories.forOrg(scope).settings.current();
    if (!settings?.utmTagging) return null;
    const campaign = campaignId ? await this.planning.forOrg(scope).campaigns.findById(campaignId) : null;
    return utmTagsOf(true, campaign?.name ?? null);
  }
}
