// Maps the tsconfig.base.json path aliases for Jest, so tests import libraries as the apps do.
const fs = require('fs');
const path = require('path');

module.exports = function pathAliases(root) {
  const base = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
  const mapping = {};
  for (const [alias, targets] of Object.entries(base.compilerOptions.paths || {})) {
    const target = path.join(root, targets[0]);
    mapping[`^${alias.replace('*', '(.*)')}$`] = target.replace('*', '$1');
  }
  return mapping;
};
