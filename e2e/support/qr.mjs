// Reads a QR code the app drew as SVG back to its text: the dark modules of its path are painted
// into an RGBA image (4 px a module, the quiet zone white), which jsQR decodes as it would a
// camera frame. A code that does not decode gives null.
import jsQR from 'jsqr';

/** The text of the QR code in the `svg.qr-svg` that `locator` points at, or null. */
export async function decodeQr(locator) {
  const { size, path } = await locator.evaluate((svg) => ({
    size: Number(svg.dataset.modules),
    path: svg.querySelector('.qr-dark').getAttribute('d'),
  }));
  const [quiet, scale] = [4, 4];
  const side = (size + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const at = ((Number(y) * scale + dy) * side + Number(x) * scale + dx) * 4;
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
      }
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}
