import { LOGIN_LOCK_MAX_MINUTES, loginLockDelay, loginLockDelays } from './login-lock';

describe('login lock delays', () => {
  it('double from the base up to a day', () => {
    expect(loginLockDelays(15)).toEqual([15, 30, 60, 120, 240, 480, 960, 1440]);
    expect(loginLockDelay(15, 1)).toBe(15);
    expect(loginLockDelay(15, 3)).toBe(60);
  });

  it('stay at a day once there, and never go below a minute', () => {
    expect(loginLockDelay(15, 50)).toBe(LOGIN_LOCK_MAX_MINUTES);
    expect(loginLockDelays(24 * 60)).toEqual([LOGIN_LOCK_MAX_MINUTES]);
    expect(loginLockDelays(0)[0]).toBe(1);
    expect(loginLockDelay(15, 0)).toBe(15);
  });
});
