import './lib/approvals.css';

export { APPROVALS_NAMESPACE, approvalsResources } from './lib/i18n';
export { ReviewQueuePage } from './lib/queue/review-queue-page';
export { ReviewPage } from './lib/review/review-page';
export { PostTimeline } from './lib/timeline/post-timeline';
