import { execFileSync } from 'node:child_process';

// The end-to-end tests spawn bin/hh-srdi.js, which runs the bundle: rebuild it from the current source.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
