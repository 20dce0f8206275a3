/**
 * tesseract.js fetches its model as `<langPath>/chi_sim.traineddata.gz`: the model keeps its name, in a folder
 * named by its content hash (so the service worker's cache-first rule for assets/ still holds).
 */
export const assetFileNames = (asset: { names: string[] }) =>
  asset.names.some((n) => n.endsWith('.traineddata.gz')) ? 'assets/ocr-[hash]/[name][extname]' : 'assets/[name]-[hash][extname]';
