// "Download picture": the output map as the page shows it (the decision boundary with its points,
// and any overlay drawn over them) as one PNG, from the map's own canvas layers.

/**
 * The canvases `layers` (the heatmap with its points first, then the layers over it), each drawn
 * over the whole of the first one, as a PNG of the first one's pixel size.
 */
export async function mapPicture(layers: readonly HTMLCanvasElement[]): Promise<Blob> {
  const [base] = layers;
  if (!base || base.width === 0) throw new Error('The map is not drawn yet.');
  const canvas = document.createElement('canvas');
  canvas.width = base.width;
  canvas.height = base.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser has no 2-D canvas.');
  for (const layer of layers) if (layer.width > 0) context.drawImage(layer, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be drawn.'))), 'image/png'),
  );
}
