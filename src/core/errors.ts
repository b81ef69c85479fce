/**
 * An error caused by the user's input (a missing file, a malformed calibration, a bad setting).
 * The CLI prints its message as one line, without a stack trace. The message must name the
 * file or setting and say what to do.
 */
export class UserError extends Error {
  constructor(message: string) {
    // One line whatever a file put into it (a camera serial or TOML key holding a line break).
    super(oneLine(message));
    this.name = 'UserError';
  }
}

/** A non-fatal problem worth telling the user about; stages return these instead of printing. */
export interface Warning {
  /** Short machine-readable code, e.g. "gap-too-long". */
  code: string;
  message: string;
}

/** `text` with line breaks and other control characters written as escapes (\n, \r, \u0000), so it prints as one line. */
export function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: it escapes control characters, so it matches them
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
