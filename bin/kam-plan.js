#!/usr/bin/env node
/**
 * kam-plan: the command line of the KAM Action Plan workbook.
 * Runs the CLI compiled by `npm run build:cli` (tsconfig.cli.json → build/cli/);
 * `npm ci` builds it through the package's "prepare" script.
 */
"use strict";

const path = require("node:path");

const entry = path.join(__dirname, "..", "build", "cli", "cli", "main.js");

function loadCli() {
  try {
    return require(entry);
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes(entry))
      return null;
    throw error;
  }
}

const cli = loadCli();
if (cli === null) {
  process.stderr.write(
    "kam-plan: CLI не собран — выполните `npm run build:cli` / the CLI is not built: run `npm run build:cli`\n"
  );
  process.exitCode = 2;
} else {
  cli.runCli(process.argv.slice(2));
}
