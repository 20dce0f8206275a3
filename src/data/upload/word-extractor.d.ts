/** The internals of word-extractor (no published types) that src/data/upload/docText.ts extends. */
declare module 'word-extractor/lib/word-ole-extractor.js' {
  export default class WordOleExtractor {
    protected _pieces: unknown[];
    extract(reader: unknown): Promise<{ getBody(): string }>;
    protected extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
    protected writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void;
    protected documentStream(document: unknown, name: string): Promise<unknown>;
    protected streamBuffer(stream: unknown): Promise<Buffer>;
  }
}
declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Buffer);
    open(): Promise<void>;
    close(): Promise<void>;
  }
}
