import { Buffer } from 'node:buffer';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWritable, writeFileAtomic } from '../../../src/report/write.js';

const EARLIER = '{"earlier": "report"}\n';

function directoryWithReport(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'posture-gate-write-'));
  const file = join(dir, 'posture-report.json');
  writeFileSync(file, EARLIER);
  return { dir, file };
}

describe('writeFileAtomic', () => {
  it('replaces the report whole, through a temporary file it does not leave behind', async () => {
    const { dir, file } = directoryWithReport();
    await writeFileAtomic(file, '{"new": "report"}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"new": "report"}\n');
    expect(readdirSync(dir)).toEqual(['posture-report.json']);
  });

  it('leaves the report already written as it was when the write fails', async () => {
    const { dir, file } = directoryWithReport();
    // The temporary file cannot be created: a directory has its name.
    mkdirSync(`${file}.${process.pid}.tmp`);
    await expect(writeFileAtomic(file, 'x'.repeat(100000))).rejects.toMatchObject({
      code: 'EISDIR',
    });
    expect(readFileSync(file, 'utf8')).toBe(EARLIER);
    expect(readdirSync(dir).sort()).toEqual([
      'posture-report.json',
      `posture-report.json.${process.pid}.tmp`,
    ]);
  });

  it('removes its temporary file when the rename fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posture-gate-write-'));
    const target = join(dir, 'report');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'a non-empty directory cannot be replaced');
    await expect(writeFileAtomic(target, '{}\n')).rejects.toHaveProperty('code');
    expect(readdirSync(dir)).toEqual(['report']);
  });
});

describe('writeFileAtomic of a report in pieces', () => {
  it('writes every piece, in order, across its write batches', async () => {
    const { dir, file } = directoryWithReport();
    const pieces = Array.from(
      { length: 5000 },
      (_, i) => `{"n": ${i}, "text": "é${'x'.repeat(40)}"}\n`,
    );
    await writeFileAtomic(file, pieces.values());
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(dir)).toEqual(['posture-report.json']);
  });

  it('writes a character split between two pieces whole, and a piece larger than a batch', async () => {
    const { file } = directoryWithReport();
    // U+1F600 is two UTF-16 units: each piece ends inside one, some where a batch fills up.
    const pieces = [
      ...Array.from({ length: 3000 }, (_, i) => `\uDE00${'z'.repeat(i % 50)}\uD83D`),
      'a lone \uD83D before this one',
      'x'.repeat(200000),
      '\uDE00 end \uD83D',
    ];
    await writeFileAtomic(file, pieces.values());
    expect(readFileSync(file).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  it('leaves the report already written whole when a piece fails past the first batch', async () => {
    const { dir, file } = directoryWithReport();
    function* failing(): Generator<string> {
      for (let i = 0; i < 3000; i += 1) yield `${'y'.repeat(100)}\n`;
      throw new Error('the report could not be rendered');
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow('could not be rendered');
    expect(readFileSync(file, 'utf8')).toBe(EARLIER);
    expect(readdirSync(dir)).toEqual(['posture-report.json']);
  });
});

describe('checkWritable', () => {
  it('never opens or changes a report already there', async () => {
    const { dir, file } = directoryWithReport();
    await checkWritable(file);
    expect(readFileSync(file, 'utf8')).toBe(EARLIER);
    expect(readdirSync(dir)).toEqual(['posture-report.json']);
  });
});
