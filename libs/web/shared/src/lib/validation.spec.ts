import { safeNextPath } from './validation';

describe('safeNextPath', () => {
  it('keeps same-site paths and refuses anything else', () => {
    expect(safeNextPath('/orgs/a/members?x=1')).toBe('/orgs/a/members?x=1');
    expect(safeNextPath('//evil.example/')).toBe('/');
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
