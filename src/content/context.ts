import { createContext } from '@lit/context';
import type { Content } from './schema.js';

/** Content document provided by `<propel-provider>` to descendant widgets. */
export const contentContext = createContext<Content | undefined>(Symbol.for('propel-widgets/content'));

/** BCP 47 locale provided by `<propel-provider locale>`. */
export const localeContext = createContext<string | undefined>(Symbol.for('propel-widgets/locale'));
