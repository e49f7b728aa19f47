#!/usr/bin/env node
// The `kizuki` command: the server's sources are TypeScript run through tsx (no build step; see docs/architecture.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
