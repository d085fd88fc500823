import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/shots';

/** A strict RFC 4180 reader, to prove what toCsv writes reads back to the same fields. */
const parseCsv = (text: string): string[][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        field += text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    } else if (text.startsWith('\r\n', i)) {
      records.push([...record, field]);
      record = [];
      field = '';
      i += 2;
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i++;
    } else {
      field += text[i];
      i++;
    }
  }
  return records;
};

describe('csvField', () => {
  it('leaves plain text alone, spaces and curly quotes included', () => {
    expect(['Maya', 'two words', 'Victor’s name', ''].map(csvField)).toEqual(['Maya', 'two words', 'Victor’s name', '']);
  });
  it('quotes a field with a comma, a quote, an LF or a CR, doubling inner quotes', () => {
    expect(['a, b', 'say "hi"', 'one\ntwo', 'one\rtwo', '"'].map(csvField)).toEqual(['"a, b"', '"say ""hi"""', '"one\ntwo"', '"one\rtwo"', '""""']);
  });
});

describe('toCsv', () => {
  it('writes a header and records, each ended by CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 'x, y']])).toBe('a,b\r\n1,"x, y"\r\n');
  });
  it('writes nothing but the header when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
  it('reads back to the same fields through an RFC 4180 reader', () => {
    const rows = [['Victor Hale: "Sit."\nMaya Chen: No.', 'email from Victor, "Working late?"', ''], ['line\r\nbreak', ',', '""']];
    expect(parseCsv(toCsv(['lines', 'props', 'empty'], rows))).toEqual([['lines', 'props', 'empty'], ...rows]);
  });
});
