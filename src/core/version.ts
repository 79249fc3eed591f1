/** The library version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';

/** Where the package's files are served: a public npm CDN, pinned to a version (by default this one). */
export const cdnBase = (version = VERSION): string => `https://cdn.jsdelivr.net/npm/propel-widgets@${version}/dist/`;
