/**
 * Subresource Integrity for the drop-in. After the IIFE build has written
 * dist/propel-widgets.js, this hashes the file's final bytes (sha384, as
 * browsers check them) and writes dist/propel-widgets.sri.json:
 * `{ "version", "url", "integrity" }`, where `url` is the pinned public CDN
 * address. The embed configurator (demo/configurator/) puts it in the
 * `<script integrity>` of the snippet it generates.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VERSION } from '../../src/core/version.ts';
import { cdnBase } from './json-schema.ts';

export const DROP_IN = 'propel-widgets.js';
export const SRI_FILE = 'propel-widgets.sri.json';

export interface SriRecord {
  version: string;
  url: string;
  integrity: string;
}

/** `sha384-<base64>` of some bytes, the format of the `integrity` attribute. */
export const integrityOf = (bytes: Uint8Array): string => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

export function sri(): Plugin {
  return {
    name: 'propel-sri',
    apply: 'build',
    // writeBundle runs once the files are on disk: hash exactly what ships, after every
    // other plugin and the minifier have had their say.
    writeBundle(options, bundle) {
      if (!(DROP_IN in bundle)) this.error(`${DROP_IN} is not in this build's output; cannot compute its integrity`);
      const dir = options.dir ?? 'dist';
      const record: SriRecord = {
        version: VERSION,
        url: `${cdnBase(VERSION)}${DROP_IN}`,
        integrity: integrityOf(readFileSync(join(dir, DROP_IN))),
      };
      writeFileSync(join(dir, SRI_FILE), `${JSON.stringify(record, null, 2)}\n`);
    },
  };
}
