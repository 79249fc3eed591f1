// dist/propel-widgets.sri.json is written by the build (scripts/build/sri.ts). Typed here so the
// demo type-checks on a fresh clone too, before the first build has written it.
declare module '*/propel-widgets.sri.json' {
  const record: {
    version: string;
    url: string;
    integrity: string;
    /** The per-widget drop-ins by tag (dist/widgets/<tag>.js), written by scripts/build/widgets.mjs. */
    widgets?: Record<string, { url: string; integrity: string }>;
  };
  export default record;
}
