import './lib/governance.css';

export { CircuitsPage } from './lib/circuits/circuits-page';
export { AbsencesPage } from './lib/absences/absences-page';
export { ElectionsPage } from './lib/elections/elections-page';
export { PublicationPausePage } from './lib/pause/pause-page';
export { AuditPage } from './lib/audit/audit-page';
export { governanceResources } from './lib/i18n';
