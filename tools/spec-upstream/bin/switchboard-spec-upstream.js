#!/usr/bin/env node
// A committed entry point, so pnpm links the bin at install time, before dist/ is built.
import "../dist/cli.js";
