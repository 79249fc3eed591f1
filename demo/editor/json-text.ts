/**
 * JSON text helpers for the content editor, pure and DOM-free: where a
 * syntax error is (the browser's own message has no position for some
 * errors, and its wording differs between engines), and where the value at
 * a path sits in the text (so a problem can select it).
 */

/** A range of the text, as `setSelectionRange` takes it. */
export interface Span {
  start: number;
  end: number;
}

export interface SyntaxProblem {
  /** Offset of the first character that is wrong (the text's length at an unexpected end). */
  offset: number;
  line: number;
  column: number;
  /** What is wrong, in plain words. */
  message: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * A strict JSON reader that records, along one path, where each step's
 * value (or object member, key included) is. It never builds values.
 */
class Reader {
  i = 0;
  /** spans[d]: the member or element at path[0..d), spans[0] the whole document. */
  readonly spans: Span[] = [];

  constructor(
    readonly text: string,
    readonly path: readonly string[] = [],
  ) {}

  stop(message: string, at = this.i): never {
    throw new Stop(at, at >= this.text.length ? 'the document ends too early; something is missing at the end' : message);
  }

  space(): void {
    while (/[ \t\n\r]/.test(this.text[this.i] ?? '')) this.i++;
  }

  document(): void {
    this.space();
    const start = this.i;
    this.value(0, true);
    this.spans[0] = { start, end: this.i };
    this.space();
    if (this.i < this.text.length) this.stop('there is more text after the end of the document');
  }

  /** Reads one value; `on` when it lies on the path at `depth`. */
  value(depth: number, on: boolean): void {
    const c = this.text[this.i];
    if (c === '{') return this.object(depth, on);
    if (c === '[') return this.array(depth, on);
    if (c === '"') return void this.string();
    if (c === "'") this.stop('text needs "double quotes", not single quotes');
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.i;
    if (NUMBER.test(this.text)) {
      this.i = NUMBER.lastIndex;
      return;
    }
    this.stop(
      c === '}' || c === ']'
        ? `a value is missing before "${c}" (a comma too many?)`
        : 'expected a value: text in "double quotes", a number, true, false, null, { … } or [ … ]',
    );
  }

  string(): string {
    const start = this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) this.stop('');
      if (c === '"') break;
      if (c === '\\') {
        ESCAPE.lastIndex = this.i;
        if (!ESCAPE.test(this.text)) this.stop('a backslash must start an escape such as \\" or \\n (write \\\\ for a backslash)');
        this.i = ESCAPE.lastIndex;
      } else if (c < ' ') {
        this.stop(
          c === '\n'
            ? 'the text in quotes is not closed before the end of the line'
            : 'a control character (such as a tab) inside quotes; write \\t or remove it',
        );
      } else this.i++;
    }
    this.i++;
    return JSON.parse(this.text.slice(start, this.i)) as string;
  }

  object(depth: number, on: boolean): void {
    this.i++;
    this.space();
    if (this.text[this.i] === '}') return void this.i++;
    for (;;) {
      this.space();
      const start = this.i;
      const c = this.text[this.i];
      if (c !== '"')
        this.stop(
          c === '}'
            ? 'remove the comma before "}"'
            : c === "'"
              ? 'names need "double quotes", not single quotes'
              : 'expected a name in "double quotes"',
        );
      const key = this.string();
      this.space();
      if (this.text[this.i] !== ':') this.stop(`expected ":" after "${key}"`);
      this.i++;
      this.space();
      const hit = on && depth < this.path.length && key === this.path[depth];
      this.value(depth + 1, hit);
      if (hit) this.spans[depth + 1] = { start, end: this.i };
      this.space();
      const next = this.text[this.i];
      if (next === '}') return void this.i++;
      if (next !== ',') this.stop(`expected "," or "}" after the value of "${key}"`);
      this.i++;
    }
  }

  array(depth: number, on: boolean): void {
    this.i++;
    this.space();
    if (this.text[this.i] === ']') return void this.i++;
    for (let index = 0; ; index++) {
      this.space();
      if (this.text[this.i] === ']') this.stop('remove the comma before "]"');
      const start = this.i;
      const hit = on && depth < this.path.length && String(index) === this.path[depth];
      this.value(depth + 1, hit);
      if (hit) this.spans[depth + 1] = { start, end: this.i };
      this.space();
      const next = this.text[this.i];
      if (next === ']') return void this.i++;
      if (next !== ',') this.stop('expected "," or "]" after a list item');
      this.i++;
    }
  }
}

/** Line and column (both from 1) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The first syntax error of a JSON text, else undefined. */
export function syntaxProblem(text: string): SyntaxProblem | undefined {
  try {
    new Reader(text).document();
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const offset = Math.min(error.offset, text.length);
    return { offset, ...lineColumn(text, offset), message: error.message };
  }
}

/**
 * Where the value at `path` (keys and list indices) is in a JSON text: an
 * object member's span starts at its key. When the path goes further than
 * the text (a missing field), the closest enclosing value. Undefined when
 * the text is not JSON.
 */
export function locate(text: string, path: readonly string[]): Span | undefined {
  const reader = new Reader(text, path);
  try {
    reader.document();
  } catch {
    return undefined;
  }
  return reader.spans.at(-1);
}
