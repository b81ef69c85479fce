// Web Worker: one camera's video, start to end. Demuxes the MP4 with mp4box (WebM/MKV with
// mediabunny), decodes with WebCodecs
// (VideoDecoder), frame by frame with a bounded queue (never the whole video in memory), scales each
// frame as `openmocap process` does (longer side ≤ [detect].max_decode_size), and runs the same pure
// detection (detectPersons, assembleSequence) with tfjs on the best backend this browser has.
// Only 2D keypoints leave the worker.
import { createFile, DataStream, Endianness, MP4BoxBuffer, type Movie, type Sample } from 'mp4box';
import { BlobSource, EncodedPacketSink, Input, MATROSKA, WEBM } from 'mediabunny';
import type { PoseSequence2D } from '../src/core/types.ts';
import { assembleSequence, type FramePersons } from '../src/detect/assembleSequence.ts';
import { keypointsToFullSize } from '../src/detect/crop.ts';
import { detectPersons, initialDetectState, type DetectPersonsOptions } from '../src/detect/detectPersons.ts';
import { getModelSpec, modelParts } from '../src/detect/modelSpecs.ts';
import { loadPoseModel, startBackend } from './tfjsSetup.ts';
import { createAreaScaler, type Scaler, type YuvMatrix } from './swscaleArea.ts';
import { yuv420ToRgb } from './yuvToRgb.ts';
import { conversionHint, type BackendChoice, type DetectJob, type WorkerMessage } from './protocol.ts';

const post = (m: WorkerMessage, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(m, transfer);

/** Frames decoded ahead of the model, plus chunks queued in the decoder: the whole memory of the video. */
const MAX_IN_FLIGHT = 4;
/** Bytes of the file read per step. */
const READ_BYTES = 1 << 20;

let backendReady: Promise<BackendChoice> | undefined;

/** The codec configuration box (avcC, hvcC, vpcC, av1C) as VideoDecoder wants it: its payload without the 8-byte header. */
function codecDescription(file: ReturnType<typeof createFile>, trackId: number): Uint8Array | undefined {
  const trak = file.getTrackById(trackId);
  for (const entry of trak.mdia.minf.stbl.stsd.entries as unknown as Record<string, { write(s: DataStream): void } | undefined>[]) {
    const box = entry.avcC ?? entry.hvcC ?? entry.vpcC ?? entry.av1C;
    if (box) {
      const stream = new DataStream(undefined, 0, Endianness.BIG_ENDIAN);
      box.write(stream);
      return new Uint8Array(stream.buffer, 8);
    }
  }
  return undefined;
}

/**
 * The YUV → RGB matrix ffmpeg uses for this track: the one its VP9 configuration (vpcC) or colour box
 * (colr) names when that is BT.709, else BT.601 (swscale's default, also for untagged video). A tag
 * only in an H.264 stream's own parameters (VUI) is not read here.
 * ref: ISO/IEC 23091-2 (matrix_coefficients 1 = BT.709; 5, 6 = BT.601).
 */
function trackMatrix(file: ReturnType<typeof createFile>, trackId: number): YuvMatrix {
  const entry = file.getTrackById(trackId).mdia.minf.stbl.stsd.entries[0] as unknown as {
    vpcC?: { matrixCoefficients?: number };
    colr?: { matrix_coefficients?: number };
  };
  const m = entry?.vpcC?.matrixCoefficients ?? entry?.colr?.matrix_coefficients;
  return m === 1 ? 'bt709' : 'bt601';
}

/** A demuxed video track: its decoder configuration and its encoded frames, read a step at a time. */
interface Demuxed {
  width: number;
  height: number;
  config: VideoDecoderConfig;
  /** Frames in the track (progress). */
  totalFrames: number;
  fps: number;
  matrix: YuvMatrix;
  /** Encoded frames read and not yet decoded (the caller takes them from the front). */
  encoded: EncodedVideoChunk[];
  /** Reads the next step of the file into encoded; eof once the file is read. */
  readMore(): Promise<void>;
  readonly eof: boolean;
}

/** EBML magic (ref: RFC 8794 §8.1, EBML header ID 0x1A45DFA3): a WebM/Matroska file whatever its extension. */
async function isEbml(file: File): Promise<boolean> {
  const b = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return b.length === 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3;
}

/** MP4/MOV with mp4box: samples extracted 32 at a time while the file is read 1 MB at a time. */
async function openMp4(file: File): Promise<Demuxed> {
  const name = file.name;
  const mp4 = createFile();
  let movie: Movie | undefined;
  let demuxError: string | undefined;
  const encoded: EncodedVideoChunk[] = [];
  let trackId = -1;
  mp4.onError = (_module: string, msg: string) => (demuxError = msg);
  mp4.onReady = (info: Movie) => {
    movie = info;
    const track = info.videoTracks[0];
    if (!track) return;
    trackId = track.id;
    mp4.setExtractionOptions(track.id, undefined, { nbSamples: 32 });
    mp4.start();
  };
  mp4.onSamples = (id: number, _user: unknown, samples: Sample[]) => {
    for (const s of samples) {
      encoded.push(
        new EncodedVideoChunk({
          type: s.is_sync ? 'key' : 'delta',
          timestamp: Math.round((s.cts * 1e6) / s.timescale),
          duration: Math.round((s.duration * 1e6) / s.timescale),
          data: s.data!,
        }),
      );
    }
    if (samples.length) mp4.releaseUsedSamples(id, samples[samples.length - 1].number + 1);
  };
  let offset = 0;
  let eof = false;
  const readMore = async (): Promise<void> => {
    if (eof) return;
    if (offset >= file.size) {
      mp4.flush();
      eof = true;
      return;
    }
    const bytes = await file.slice(offset, offset + READ_BYTES).arrayBuffer();
    const next = mp4.appendBuffer(MP4BoxBuffer.fromArrayBuffer(bytes, offset));
    // mp4box says where it needs to read next (past an mdat it cannot use before the moov, back to it after).
    offset = typeof next === 'number' && next >= 0 && next !== offset ? next : offset + bytes.byteLength;
  };
  while (!movie && !eof && !demuxError) await readMore();
  if (demuxError || !movie)
    throw new JobError(
      `${name}: not an MP4/MOV/WebM/MKV file this page can read (${demuxError ?? 'no movie header found'}); ${conversionHint(name)}`,
    );
  const track = movie.videoTracks[0];
  if (!track) throw new JobError(`${name} has no video track; give one video per camera`);
  const width = track.video?.width ?? track.track_width;
  const height = track.video?.height ?? track.track_height;
  return {
    width,
    height,
    encoded,
    readMore,
    get eof() {
      return eof;
    },
    config: { codec: track.codec, codedWidth: width, codedHeight: height, description: codecDescription(mp4, trackId) },
    totalFrames: track.nb_samples,
    matrix: trackMatrix(mp4, trackId),
    fps:
      track.samples_duration > 0
        ? (track.nb_samples * track.timescale) / track.samples_duration
        : track.nb_samples / (track.duration / track.timescale),
  };
}

/**
 * WebM/Matroska (VP8, VP9, AV1, H.264 in MKV) with mediabunny: its packets pulled 32 at a time from
 * its iterator, which reads the file in pieces (BlobSource), so the video is never in memory whole.
 */
async function openMatroska(file: File): Promise<Demuxed> {
  const name = file.name;
  const input = new Input({ formats: [WEBM, MATROSKA], source: new BlobSource(file) });
  let track;
  try {
    track = await input.getPrimaryVideoTrack();
  } catch (err) {
    throw new JobError(
      `${name}: not a WebM/MKV file this page can read (${(err as Error).message.split('\n')[0]}); ${conversionHint(name)}`,
    );
  }
  if (!track) throw new JobError(`${name} has no video track; give one video per camera`);
  const codec = (await track.getCodecParameterString()) ?? String(track.codec ?? 'unknown');
  const config = await track.getDecoderConfig();
  if (!config) throw new JobError(`${name}: this browser cannot decode its codec "${codec}"; ${conversionHint(name)}`);
  // Frame count and rate from the packets' timestamps (a WebM stores no frame count).
  const stats = await track.computePacketStats();
  const colour = await track.getColorSpace();
  const packets = new EncodedPacketSink(track).packets();
  const encoded: EncodedVideoChunk[] = [];
  let eof = false;
  return {
    width: track.codedWidth,
    height: track.codedHeight,
    encoded,
    config: { ...config, codedWidth: track.codedWidth, codedHeight: track.codedHeight },
    totalFrames: stats.packetCount,
    fps: stats.averagePacketRate,
    matrix: colour.matrix === 'bt709' ? 'bt709' : 'bt601',
    get eof() {
      return eof;
    },
    async readMore() {
      for (let i = 0; i < 32 && !eof; i++) {
        const r = await packets.next();
        if (r.done) eof = true;
        else encoded.push(r.value.toEncodedVideoChunk());
      }
    },
  };
}

class JobError extends Error {}

async function runJob(job: DetectJob): Promise<void> {
  const t0 = performance.now();
  backendReady ??= startBackend(job.backend, job.wasmBase);
  const choice = await backendReady;
  post({ type: 'backend', camera: job.camera, ...choice });
  // A fused model (modelParts) is a body model and a feet model.
  const parts = modelParts(job.model);
  const pose = await loadPoseModel(parts.body, job.modelBase);
  const feet = parts.feet ? await loadPoseModel(parts.feet, job.modelBase) : undefined;
  const finder =
    job.finder && job.finder !== job.model && job.finder !== parts.body ? await loadPoseModel(job.finder, job.modelBase) : undefined;
  const spec = getModelSpec(job.model); // the output layout (a fused model: the body model's plus feet)
  const opts: DetectPersonsOptions = job.options;
  const name = job.file.name;

  // --- demux -----------------------------------------------------------------------------------
  const isMatroska = /\.(webm|mkv)$/i.test(name) || (await isEbml(job.file));
  const src = isMatroska ? await openMatroska(job.file) : await openMp4(job.file);
  const { width, height, config, totalFrames, matrix, fps, encoded } = src;
  const support = await VideoDecoder.isConfigSupported(config).catch(() => ({ supported: false }));
  if (!support.supported) throw new JobError(`${name}: this browser cannot decode its codec "${config.codec}"; ${conversionHint(name)}`);
  const readMore = (): Promise<void> => src.readMore();

  // The size `openmocap process` decodes at: longer side ≤ max_decode_size (ffmpeg's rounding).
  const longer = Math.max(width, height);
  const scale = job.maxDecodeSize && longer > job.maxDecodeSize ? job.maxDecodeSize / longer : 1;
  const w = scale < 1 ? Math.max(1, Math.trunc(width * scale + 0.5)) : width;
  const h = scale < 1 ? Math.max(1, Math.trunc(height * scale + 0.5)) : height;
  const rgb = new Uint8Array(w * h * 3);
  let planes: Uint8Array | undefined;
  let canvas: OffscreenCanvasRenderingContext2D | undefined;
  let scaler: { srcW: number; srcH: number; s: Scaler } | undefined;
  /** The frame as packed RGB at w×h: 4:2:0 planes converted and shrunk as the CLI's ffmpeg does (yuvToRgb.ts, swscaleArea.ts); other formats through a canvas. */
  const frameToRgb = async (frame: VideoFrame, w: number, h: number): Promise<void> => {
    const format = frame.format;
    if (format === 'I420' || format === 'NV12') {
      const size = frame.allocationSize();
      if (!planes || planes.byteLength < size) planes = new Uint8Array(size);
      const layout = await frame.copyTo(planes);
      const vw = frame.visibleRect?.width ?? frame.codedWidth,
        vh = frame.visibleRect?.height ?? frame.codedHeight;
      const at = (i: number): Uint8Array => planes!.subarray(layout[i].offset);
      const p =
        format === 'I420'
          ? {
              y: at(0),
              yStride: layout[0].stride,
              u: at(1),
              uStride: layout[1].stride,
              v: at(2),
              vStride: layout[2].stride,
              width: vw,
              height: vh,
            }
          : { y: at(0), yStride: layout[0].stride, u: at(1), uStride: layout[1].stride, width: vw, height: vh };
      if (w === vw && h === vh) yuv420ToRgb(p, rgb, matrix);
      else {
        if (!scaler || scaler.srcW !== vw || scaler.srcH !== vh) scaler = { srcW: vw, srcH: vh, s: createAreaScaler(vw, vh, w, h, matrix) };
        scaler.s.run(p, rgb);
      }
      return;
    }
    canvas ??= new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true })!;
    canvas.drawImage(frame, 0, 0, w, h);
    const rgba = canvas.getImageData(0, 0, w, h).data;
    for (let i = 0, o = 0; i < rgba.length; i += 4, o += 3) {
      rgb[o] = rgba[i];
      rgb[o + 1] = rgba[i + 1];
      rgb[o + 2] = rgba[i + 2];
    }
  };

  // --- decode, with back-pressure ----------------------------------------------------------------
  const decoded: VideoFrame[] = [];
  let decodeError: string | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const f = wake;
    wake = undefined;
    f?.();
  };
  const decoder = new VideoDecoder({
    output: (f) => {
      decoded.push(f);
      notify();
    },
    error: (e) => {
      decodeError = e.message;
      notify();
    },
  });
  decoder.addEventListener('dequeue', notify);
  decoder.configure(config);

  const frames: FramePersons[] = [];
  let state = initialDetectState();
  let firstTimestampUs: number | undefined;
  let lastProgress = 0;
  /** When the first frame was done (model loading and warm-up excluded from the frame rate). */
  let firstDoneAt = 0;
  try {
    for (;;) {
      if (decodeError)
        throw new JobError(`${name}: decoding failed at frame ${frames.length + 1} (${decodeError}); ${conversionHint(name)}`);
      while (encoded.length && decoder.decodeQueueSize + decoded.length < MAX_IN_FLIGHT) decoder.decode(encoded.shift()!);
      const frame = decoded.shift();
      if (frame) {
        firstTimestampUs ??= frame.timestamp;
        const timestampMs = (frame.timestamp - firstTimestampUs) / 1000;
        await frameToRgb(frame, w, h);
        frame.close();
        const out = await detectPersons({ rgb, width: w, height: h }, state, { pose, finder, feet }, opts);
        state = out.state;
        frames.push({
          timestampMs,
          persons: out.persons.map((p) => ({
            trackId: p.trackId,
            keypoints: keypointsToFullSize(new Float32Array(p.keypoints), w / width),
          })),
        });
        const now = performance.now();
        if (frames.length === 1) firstDoneAt = now;
        if (now - lastProgress > 250 || frames.length === totalFrames) {
          lastProgress = now;
          post({
            type: 'progress',
            camera: job.camera,
            framesDone: frames.length,
            framesTotal: totalFrames,
            fps: frames.length / ((now - t0) / 1000),
          });
        }
        if (job.maxFrames && frames.length >= job.maxFrames) break;
        continue;
      }
      if (encoded.length < 64 && !src.eof) {
        await readMore();
        continue;
      }
      if (src.eof && encoded.length === 0) {
        if (decoder.decodeQueueSize === 0 && decoder.state === 'configured') {
          await decoder.flush();
          if (!decoded.length) break;
          continue;
        }
      }
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(notify, 20);
      });
    }
  } finally {
    for (const f of decoded) f.close();
    if (decoder.state !== 'closed') decoder.close();
  }
  if (!frames.length) throw new JobError(`${name}: no frame could be decoded; ${conversionHint(name)}`);
  const seq: PoseSequence2D = assembleSequence(
    frames,
    { camera: job.camera, layout: spec.layout, joints: spec.joints, imageWidth: width, imageHeight: height, fps, model: job.model },
    job.minScore,
  );
  post({
    type: 'progress',
    camera: job.camera,
    framesDone: frames.length,
    framesTotal: frames.length,
    fps: frames.length / ((performance.now() - t0) / 1000),
  });
  post(
    {
      type: 'result',
      camera: job.camera,
      sequence: seq,
      seesAnyone: frames.some((f) => f.persons.length > 0),
      detectMs: performance.now() - t0,
      framesPerSecond: frames.length > 1 ? (frames.length - 1) / ((performance.now() - firstDoneAt) / 1000) : NaN,
    },
    [seq.data.buffer as ArrayBuffer, seq.trackIds.buffer as ArrayBuffer, seq.timestampsMs.buffer as ArrayBuffer],
  );
  pose.dispose();
  finder?.dispose();
  feet?.dispose();
}

self.onmessage = (e: MessageEvent<DetectJob>) => {
  runJob(e.data).catch((err: unknown) => {
    const message =
      err instanceof JobError ? err.message : `${e.data.file.name}: pose detection failed: ${(err as Error)?.message ?? String(err)}`;
    post({ type: 'error', camera: e.data.camera, message: message.split('\n')[0] });
  });
};
