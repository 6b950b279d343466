import './lib/members.css';

export { MembersPage } from './lib/members-page';
export { membersResources } from './lib/i18n';
