/**
 * Text of a legacy Word (.doc) file, by word-extractor, with table rows ended by line breaks: the .doc engine
 * of the CLI and of the browser's extraction worker alike (InputEngines.docText). word-extractor needs a
 * global `Buffer` and the `stream` module's Readable: Node's own in the CLI; in the worker, the `buffer`
 * package and readableShim.ts beside it (see extractWorker.ts and scripts/build/wordExtractorStream.ts). It is a platform engine,
 * injected into the door like pdfjs, so src/extract itself stays free of Node globals.
 * word-extractor turns every cell mark into a tab and ends a row only where the row's paragraph properties
 * say so; a wide row (the applications and review tables) stores them in the Data stream instead
 * (sprmPHugePapx, [MS-DOC] 2.6.2), which it does not read, so whole tables ran into one line whose cells
 * no reader could place. This subclass reads those properties too and ends the row there. It extends
 * word-extractor's internal class, so the package is pinned to the version it was written against.
 */
import WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js';
import BufferReader from 'word-extractor/lib/buffer-reader.js';

const SPRM_HUGE_PAPX = 0x6646;
const SPRM_TTP = 0x2417; // the paragraph is the end mark of a table row
const SPRM_TDEF_TABLE = 0xd608; // the one variable-length operand whose size takes two bytes

/** Each sprm of a property list with the offset of its operand; the size rules of [MS-DOC] 2.2.5.1. */
function* sprms(grpprl: Buffer, from: number, to: number): Generator<[sprm: number, at: number]> {
  let at = from;
  while (at + 2 <= to) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    yield [sprm, at];
    const spra = sprm >> 13;
    if (sprm === SPRM_TDEF_TABLE) at += 2 + grpprl.readUInt16LE(at) - 1;
    else if (spra === 6) at += 1 + grpprl.readUInt8(at);
    else at += [1, 1, 2, 4, 2, 2, 0, 3][spra];
  }
}

interface Piece { startFilePos: number; size: number; bpc: number; text: string }

class RowEndingExtractor extends WordOleExtractor {
  private data: Buffer | null = null;

  protected extractWordDocument(document: unknown, buffer: Buffer) {
    return this.documentStream(document, 'Data')
      .then((stream) => this.streamBuffer(stream))
      .then((data) => { this.data = data; }, () => { this.data = null; }) // a file without tables may have no Data stream
      .then(() => super.extractWordDocument(document, buffer));
  }

  protected writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer) {
    super.writeParagraphProperties(buffer, tableBuffer);
    const data = this.data;
    if (!data) return;
    const at = buffer.readUInt32LE(0x0102);
    const count = (buffer.readUInt32LE(0x0106) - 4) / 8;
    for (let i = 0; i < count; i++) {
      const page = tableBuffer.readUInt32LE(at + (count + 1) * 4 + i * 4);
      const fkp = buffer.subarray(page * 512, page * 512 + 512);
      const runs = fkp.readUInt8(511);
      for (let j = 0; j < runs; j++) {
        const offset = fkp.readUInt8((runs + 1) * 4 + j * 13) * 2;
        if (offset === 0) continue;
        const cb = fkp.readUInt8(offset);
        const [start, length] = cb !== 0 ? [offset + 1, 2 * cb - 1] : [offset + 2, 2 * fkp.readUInt8(offset + 1)];
        for (const [sprm, op] of sprms(fkp, start + 2, Math.min(start + length, 511))) {
          if (sprm !== SPRM_HUGE_PAPX) continue;
          const prc = fkp.readUInt32LE(op);
          if (prc + 2 > data.length) continue;
          const end = Math.min(prc + 2 + data.readUInt16LE(prc), data.length);
          for (const [huge, hop] of sprms(data, prc + 2, end)) {
            if (huge === SPRM_TTP && data.readUInt8(hop) === 1) this.endRow(fkp.readUInt32LE(j * 4), fkp.readUInt32LE((j + 1) * 4));
          }
        }
      }
    }
  }

  /** The row's end mark, from file position `from` to `to`, becomes a line break, as word-extractor does for a short row. */
  private endRow(from: number, to: number) {
    for (const piece of this._pieces as Piece[]) {
      const start = Math.max(from, piece.startFilePos);
      const end = Math.min(to, piece.startFilePos + piece.size);
      if (start >= end) continue;
      const a = (start - piece.startFilePos) / piece.bpc;
      const b = (end - piece.startFilePos) / piece.bpc;
      piece.text = piece.text.slice(0, a) + '\n'.repeat(b - a) + piece.text.slice(b);
    }
  }
}

export async function docText(bytes: Uint8Array): Promise<string> {
  const reader = new BufferReader(Buffer.from(bytes));
  await reader.open();
  try {
    return (await new RowEndingExtractor().extract(reader)).getBody();
  } finally {
    await reader.close();
  }
}
