/**
 * The JSON Schema of the content document, generated from the one valibot
 * schema with @valibot/to-json-schema. The build writes it to
 * dist/propel-content.schema.json; a browser test checks that it agrees with
 * the runtime validator.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { ContentSchema } from '../../src/content/schema.ts';
import { cdnBase } from '../../src/core/version.ts';

export { cdnBase };

export function contentJsonSchema(): Record<string, unknown> {
  // typeMode 'output' converts each pipe from its last schema: the runtime's "not an array"
  // guard in front of each object schema (`plainObject`) is what JSON Schema's `type: object` says anyway.
  const schema = toJsonSchema(ContentSchema, { errorMode: 'throw', typeMode: 'output' }) as Record<string, unknown> & {
    properties: Record<string, unknown>;
  };
  return {
    ...schema,
    $id: `${cdnBase()}propel-content.schema.json`,
    title: 'Propel widgets content document',
    description:
      'The content the Propel widgets render: the article, the treatment comparison, the diet, and the clinic with its hours. Host an edited copy and point <propel-provider src> at it.',
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema this document follows (for editors).' },
      ...schema.properties,
    },
  };
}
