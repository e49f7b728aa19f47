#!/usr/bin/env node
import { isKizukiError } from '@kizuki/core';
import { runCli } from './run-cli.js';

runCli(process.argv.slice(2), { env: process.env, out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), errIsTty: process.stderr.isTTY })
  .then((code) => {
    if (code !== undefined) process.exitCode = code;
  })
  .catch((error: unknown) => {
    if (isKizukiError(error)) {
      process.stderr.write(`エラー [${error.code}]: ${error.message}\n`);
      if (error.details !== undefined) process.stderr.write(`${JSON.stringify(error.details, null, 2)}\n`);
    } else {
      process.stderr.write(`予期しないエラー: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
  });
