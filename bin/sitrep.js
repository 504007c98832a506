#!/usr/bin/env -S node --max-semi-space-size=64
// Node's flags (read by bench/cases/api.ts too, and repeated in package.json's scripts): a young
// generation of up to 64 MB a half lets a busy server's per-request garbage die young instead of
// being promoted into an old generation that holds the cross-document index (~0.9 GB at 10,000
// documents), each of whose full collections costs ~1 s of marking (decision 011).
// Entry point: registers tsx so the TypeScript sources run as they are, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`sitrep claims troops | head`) closes the pipe: that ends the command.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
