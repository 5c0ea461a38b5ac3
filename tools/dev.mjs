// `npm run dev`: the whole stack as `npm start` runs it, rebuilt and restarted when a source file
// changes (SWC and Vite in watch mode; node --watch restarts the supervisor and with it every process).
import { spawn } from 'node:child_process';

const run = (command, args) => spawn(command, args, { stdio: 'inherit', env: process.env });
const swc = [
  'apps',
  'libs',
  'tools',
  'bench',
  '-d',
  'dist',
  '--config-file',
  '.swcrc',
  '--ignore',
  '**/*.spec.ts,apps/web/**',
  '-q',
];
const children = [
  run('swc', [...swc, '--watch']),
  run('vite', ['build', '--config', 'apps/web/vite.config.mts', '--watch', '--logLevel', 'warn']),
  run(process.execPath, [
    '--watch-path=dist/apps',
    '--watch-path=dist/libs',
    '--watch-path=dist/tools',
    'dist/tools/start.js',
  ]),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.once('exit', (code) => code && process.exitCode === undefined && (process.exitCode = code));
