// Node-only: decodes a JPEG/PNG photo into a grey image with @napi-rs/canvas.
import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.ts';
import { toGray, type GrayImage } from './grayImage.ts';

export async function loadGrayImage(path: string): Promise<GrayImage> {
  const { loadImage, createCanvas } = await import('@napi-rs/canvas');
  let image;
  try {
    image = await loadImage(readFileSync(path));
  } catch (err) {
    throw new UserError(
      `cannot read image ${path} (${(err as Error).message.split('\n')[0]}): re-export it as JPEG or PNG, or remove it from the folder`,
    );
  }
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, image.width, image.height).data;
  return toGray(rgba, image.width, image.height, 4);
}
