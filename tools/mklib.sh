#!/usr/bin/env bash
# Creates a Node/TypeScript library skeleton: tools/mklib.sh <dir under libs> <project-name> <tags,comma>
set -euo pipefail
dir="libs/$1"; name="$2"; tags="$3"
depth=$(echo "$dir" | awk -F/ '{print NF}')
up=$(printf '../%.0s' $(seq 1 "$depth"))
mkdir -p "$dir/src/lib"
tagjson=$(echo "$tags" | sed 's/\([^,]*\)/"\1"/g')
cat > "$dir/project.json" <<J
{
  "name": "$name",
  "\$schema": "${up}node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "library",
  "tags": [$tagjson],
  "targets": {
    "typecheck": {
      "executor": "nx:run-commands",
      "cache": true,
      "inputs": ["default", "^default"],
      "options": { "command": "tsc --noEmit -p $dir/tsconfig.lib.json && tsc --noEmit -p $dir/tsconfig.spec.json" }
    }
  }
}
J
cat > "$dir/tsconfig.json" <<J
{
  "extends": "${up}tsconfig.base.json",
  "files": [],
  "include": [],
  "references": [{ "path": "./tsconfig.lib.json" }, { "path": "./tsconfig.spec.json" }]
}
J
cat > "$dir/tsconfig.lib.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "${up}dist/out-tsc", "types": ["node"] },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.spec.ts", "src/**/*-spec.ts", "jest.config.cts"]
}
J
cat > "$dir/tsconfig.spec.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "${up}dist/out-tsc", "types": ["jest", "node"] },
  "include": ["jest.config.cts", "src/**/*.ts"]
}
J
cat > "$dir/jest.config.cts" <<J
module.exports = require('${up}jest.shared.cjs').projectConfig('$name', __dirname);
J
cat > "$dir/eslint.config.mjs" <<J
import baseConfig from '${up}eslint.config.mjs';

export default [...baseConfig];
J
[ -f "$dir/src/index.ts" ] || echo "export {};" > "$dir/src/index.ts"
