import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// A budget for findBy*/waitFor under a loaded CI machine, not a timed assertion.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
  document.title = '';
});
