/**
 * The test selection of the mutation runs (npm run test:mutation; docs/mutation-testing.md): the extractor's
 * unit tests, without the suites that spend their time in engines rather than in the extractor's own code
 * (Stryker re-runs every covering test file per mutant, top-level reads included): the property-based fuzz
 * suite, the door's properties and Word engines (extractInput), the PDF suites (pdfjs, pdftotext; the data
 * contract over every PDF is among them, in realPdfs) and the scans suite (tesseract OCR of rendered pages:
 * minutes, and it covers the whole pipeline, so every mutant would re-run it). npm test runs them all. purity.test.ts reads the source text,
 * which Stryker rewrites.
 */
import { defineConfig } from 'vitest/config';
import { CheapFirstSequencer } from './scripts/mutation/cheapFirstSequencer';

/**
 * MUTATION_TESTS=a.test.ts,b.test.ts narrows a development run to those files: quicker, and its score is a
 * lower bound of the full selection's (more tests can only kill more mutants).
 */
const ONLY = process.env.MUTATION_TESTS?.split(',').filter(Boolean);
const SLOW = ['fuzz', 'extractInput', 'pdfPlainText', 'pdfText', 'realPdfs', 'ocr/scans'].map((name) => `src/extract/${name}.test.ts`);

export default defineConfig({
  test: {
    include: ONLY ?? ['src/extract/**/*.test.ts'],
    exclude: [...SLOW, 'src/extract/purity.test.ts', '**/node_modules/**'],
    // Instrumented for coverage, the OCR modules' pixel loops run many times slower than in npm test: the
    // grid-finding test of ocr/cells.test.ts took over a minute and stopped the full run's first step.
    testTimeout: 300_000,
    // One module graph for all the test files of a mutant's run instead of one per file (Stryker starts a fresh
    // worker for every run, so a static mutant is still applied before the modules load): a surviving mutant's
    // run, which goes through every covering file, took half the time.
    isolate: false,
    sequence: { sequencer: CheapFirstSequencer },
  },
});
