/**
 * An error caused by the user's input (a missing file, a malformed calibration, a bad setting).
 * The CLI prints its message as one line, without a stack trace. The message must name the
 * file or setting and say what to do.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** A non-fatal problem worth telling the user about; stages return these instead of printing. */
export interface Warning {
  /** Short machine-readable code, e.g. "gap-too-long". */
  code: string;
  message: string;
}
