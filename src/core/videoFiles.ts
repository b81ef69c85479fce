// Which files are videos: the one list every command, the server, calibration and the web app use.
// The camera of a video is its file stem (videos/cam01.mp4 → cam01).

/** Video file extensions openmocap reads (lower case, with the dot). ffmpeg decodes them all. */
export const VIDEO_EXTENSIONS: readonly string[] = ['.mp4', '.mov', '.avi', '.mkv', '.webm', '.m4v', '.mpg', '.mpeg', '.wmv', '.mts'];

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
};

/** Whether a file name is a video openmocap reads (hidden files are not). */
export function isVideoFileName(name: string): boolean {
  return !name.startsWith('.') && VIDEO_EXTENSIONS.includes(extensionOf(name));
}

/** The camera a video file stands for: its name without the extension. */
export function cameraOfVideo(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.slice(0, base.length - extensionOf(base).length);
}
