// SSD anchor centres for single-shot detectors with fixed-size anchors (BlazeFace/BlazePose style):
// layers sharing a stride are merged into one grid with their anchors stacked per cell.
// ref: Liu et al., "SSD: Single Shot MultiBox Detector", ECCV 2016 (default boxes per feature-map cell);
// MediaPipe SsdAnchorsCalculator options as documented for pose_detection (num_layers 5,
// strides 8/16/32/32/32, anchor_offset 0.5, fixed_anchor_size, 2 anchors per layer, input 224²).

export interface SsdAnchorOptions {
  inputSize: number;
  strides: readonly number[];
  /** Anchors per cell contributed by each layer. */
  anchorsPerLayer: number;
  /** Where in its cell an anchor sits (0.5: the cell centre). */
  offset?: number;
}

/** Anchor centres [x0, y0, x1, y1, …], normalised to the input, in the order the network emits them. */
export function ssdAnchorCentres(o: SsdAnchorOptions): Float32Array {
  const out: number[] = [];
  const offset = o.offset ?? 0.5;
  for (let layer = 0; layer < o.strides.length; ) {
    let last = layer;
    while (last < o.strides.length && o.strides[last] === o.strides[layer]) last++;
    const perCell = (last - layer) * o.anchorsPerLayer;
    const cells = Math.ceil(o.inputSize / o.strides[layer]);
    for (let y = 0; y < cells; y++)
      for (let x = 0; x < cells; x++) for (let a = 0; a < perCell; a++) out.push((x + offset) / cells, (y + offset) / cells);
    layer = last;
  }
  return Float32Array.from(out);
}
