import './lib/ui.css';

export * from './lib/i18n';
export * from './lib/text-field';
export * from './lib/select-field';
export * from './lib/button';
export * from './lib/alert';
export * from './lib/states';
export * from './lib/page-layout';
export * from './lib/confirm-dialog';
export * from './lib/copy-field';
export * from './lib/badge';
export * from './lib/dialog';
export * from './lib/text-area-field';
export * from './lib/mutation-button';
export * from './lib/table-scroll';
