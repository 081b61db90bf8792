// `npm start`: install what is missing, build the production app, serve it, print the URL.
import { ensureDeps, run } from './ensure-deps.mjs';

ensureDeps();
console.log('› building the app');
if (run('vite', ['build', '--logLevel', 'warn']) !== 0) process.exit(1);
const port = process.env.PORT ?? '4173';
console.log(
	`\n  Strata is running at  http://localhost:${port}/  (Ctrl+C to stop)\n  Click "Load demo data" on the first screen to try it without a file.\n`
);
process.exit(
	run('vite', ['preview', '--port', port, '--strictPort', '--host', process.env.HOST ?? 'localhost'])
);
