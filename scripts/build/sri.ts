/**
 * Subresource Integrity for the drop-ins. After the IIFE build has written
 * dist/propel-widgets.js, this hashes the file's final bytes (sha384, as
 * browsers check them) and writes dist/propel-widgets.sri.json:
 * `{ "version", "url", "integrity", "widgets" }`, where `url` is the pinned public CDN
 * address. Each per-widget build (dist/widgets/<tag>.js, scripts/build/widgets.mjs) then adds
 * its own `{ "url", "integrity" }` under `widgets["<tag>"]`, and so does the document checks' script
 * that they fetch (`widgets["content-checks"]`, src/content/checks.lazy.ts). The embed configurator
 * (demo/configurator/) and the snippets (scripts/build/snippets.mjs) put them in the
 * `<script integrity>` they write.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VERSION } from '../../src/core/version.ts';
import { cdnBase } from './json-schema.ts';

export const DROP_IN = 'propel-widgets.js';
export const SRI_FILE = 'propel-widgets.sri.json';

export interface ScriptRecord {
  url: string;
  integrity: string;
}

export interface SriRecord extends ScriptRecord {
  version: string;
  /** The per-widget drop-ins by tag (dist/widgets/<tag>.js), and `content-checks`, the document checks they fetch. */
  widgets: Record<string, ScriptRecord>;
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
        widgets: {},
      };
      // The per-widget drop-ins already on disk keep their records, hashed again from their bytes: a
      // build of the whole drop-in alone (a tool's, the dev server's) must not leave the snippets
      // without theirs. scripts/build/widgets.mjs rebuilds them all anyway.
      const widgetsDir = join(dir, 'widgets');
      for (const name of existsSync(widgetsDir) ? readdirSync(widgetsDir).sort() : []) {
        if (!name.endsWith('.js')) continue;
        const file = `widgets/${name}`;
        record.widgets[name.slice(0, -3)] = { url: `${cdnBase(VERSION)}${file}`, integrity: integrityOf(readFileSync(join(dir, file))) };
      }
      writeFileSync(join(dir, SRI_FILE), `${JSON.stringify(record, null, 2)}\n`);
    },
  };
}

/** The same for a per-widget drop-in or the checks (`widgets/<tag>.js`): adds its record to dist/propel-widgets.sri.json. */
export function widgetSri(tag: string): Plugin {
  const file = `widgets/${tag}.js`;
  return {
    name: 'propel-widget-sri',
    apply: 'build',
    writeBundle(options, bundle) {
      if (!(file in bundle)) this.error(`${file} is not in this build's output; cannot compute its integrity`);
      const dir = options.dir ?? 'dist';
      const path = join(dir, SRI_FILE);
      if (!existsSync(path)) this.error(`${path} is missing: build the whole drop-in first (\`vite build\`)`);
      const record = JSON.parse(readFileSync(path, 'utf8')) as SriRecord;
      record.widgets = {
        ...record.widgets,
        [tag]: { url: `${cdnBase(VERSION)}${file}`, integrity: integrityOf(readFileSync(join(dir, file))) },
      };
      writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
    },
  };
}
