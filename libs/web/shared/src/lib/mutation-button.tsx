// The one button for anything that sends a request lives in the ui library (its dialogs use it too):
// every screen imports it from here with the other shared patterns.
export { MutationButton, type MutationButtonProps } from '@parvis/web/ui';
