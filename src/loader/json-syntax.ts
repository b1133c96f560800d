/**
 * Finds where JSON text goes wrong and says why, the same way in every browser and in Node.
 * (Engines word JSON.parse errors differently and Chromium no longer gives a position.)
 * Called only after JSON.parse has failed, so it favours clarity over speed.
 */

export interface JsonSyntaxProblem {
  /** Character offset of the mistake. */
  offset: number;
  /** What was expected there, in plain words. */
  reason: string;
}

class Problem extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const LITERALS = ['true', 'false', 'null'];

export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Problem(at, reason);
  };
  const describe = (at: number) => (at >= text.length ? 'the end of the feed' : text[at] === '"' ? 'a quote (")' : `"${text[at]}"`);
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i += 1;
  };

  const parseString = () => {
    i += 1; // opening quote
    while (i < text.length) {
      const char = text[i]!;
      if (char === '"') {
        i += 1;
        return;
      }
      if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('a \\u escape needs four hex digits', i);
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail(`"\\${next ?? ''}" is not a valid escape in a JSON string`, i);
      } else if (char < ' ') {
        fail(char === '\n' || char === '\r' ? 'a string is not closed before the end of the line (missing ")' : 'control characters must be escaped in strings');
      } else i += 1;
    }
    fail('a string is not closed (missing ")');
  };

  const parseNumber = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match || match[0] === '-') fail(`expected a value but found ${describe(i)}`);
    i += match![0].length;
    if (/^[0-9.]/.test(text.slice(i, i + 1))) fail('numbers in JSON have no leading zeros, and a decimal point needs digits after it');
  };

  const parseValue = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '{') return parseContainer('}', true);
    if (char === '[') return parseContainer(']', false);
    if (char === '"') return parseString();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return parseNumber();
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal) {
      i += literal.length;
      return;
    }
    if (char === "'") fail('strings and names must use double quotes (") in JSON');
    fail(`expected a value but found ${describe(i)}`);
  };

  const parseContainer = (close: '}' | ']', isObject: boolean): void => {
    i += 1;
    skipSpace();
    if (text[i] === close) {
      i += 1;
      return;
    }
    for (;;) {
      skipSpace();
      if (isObject) {
        if (text[i] !== '"') {
          fail(text[i] === close ? 'a trailing comma is not allowed in JSON' : `expected a property name in double quotes but found ${describe(i)}`);
        }
        parseString();
        skipSpace();
        if (text[i] !== ':') fail(`expected ":" after the property name but found ${describe(i)}`);
        i += 1;
      } else if (text[i] === close) {
        fail('a trailing comma is not allowed in JSON');
      }
      parseValue();
      skipSpace();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === close) {
        i += 1;
        return;
      }
      fail(`expected "," or "${close}" but found ${describe(i)}`);
    }
  };

  try {
    parseValue();
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the feed`);
    return undefined;
  } catch (error) {
    if (error instanceof Problem) return { offset: error.offset, reason: error.reason };
    return undefined; // nested too deeply to scan: the caller falls back to the engine's message

  }
}
