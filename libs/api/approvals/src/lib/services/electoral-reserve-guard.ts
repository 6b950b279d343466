import { HttpStatus } from '@nestjs/common';
import { AppError } from '@parvis/api/core';
import { ApprovalsErrorCode } from '../approvals.errors';

/**
 * No paid boost during a réserve électorale (CE, 28 May 2021, n° 445567): refused at submission and
 * at every approval while the post's planned time (or now, unplanned) is inside a réserve.
 */
export function assertNoSponsoredDuringReserve(variants: readonly { channelId: string; options: { sponsored?: boolean } }[], inReserve: boolean): void {
  if (!inReserve) return;
  const channelIds = variants.filter((v) => v.options.sponsored === true).map((v) => v.channelId);
  if (channelIds.length === 0) return;
  throw new AppError(ApprovalsErrorCode.SponsoredInElectoralReserve, 'Sponsored or boosted posts are refused during the réserve électorale: remove the option', HttpStatus.BAD_REQUEST, {
    channelIds,
  });
}
