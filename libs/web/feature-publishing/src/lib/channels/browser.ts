/** Leaving the app for another site (the instance's authorisation page); one place, so tests can watch it. */
export const browser = {
  assign(url: string): void {
    window.location.assign(url);
  },
};
