import { ExternalReviewController } from './external-review.controller';
import { ExternalReviewPublicController } from './external-review-public.controller';
import { ExternalReviewPublicService } from './external-review-public.service';
import { ExternalReviewLookup } from './external-review.repository';
import { ExternalReviewService } from './external-review.service';
import { ExternalReviewTokens } from './external-review-tokens';

/** The external approver's part of the approvals module (registered by ApprovalsModule). */
export const EXTERNAL_REVIEW_CONTROLLERS = [ExternalReviewController, ExternalReviewPublicController];
export const EXTERNAL_REVIEW_PROVIDERS = [ExternalReviewTokens, ExternalReviewLookup, ExternalReviewService, ExternalReviewPublicService];
