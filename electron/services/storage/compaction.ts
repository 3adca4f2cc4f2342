/**
 * When a program file is rewritten as one frame. Appends are cheap but every
 * keystroke adds a frame; rewriting bounds both the frame count (load time) and
 * the file's overhead over the document itself.
 */
export type CompactionPolicy = {
  maxFrames: number;
  /** Rewrite once the file is this many times larger than the encoded document. */
  growthFactor: number;
  /** Below this size a file is never rewritten for its growth alone. */
  minBytes: number;
};

export const DEFAULT_COMPACTION: CompactionPolicy = {
  maxFrames: 500,
  growthFactor: 2,
  minBytes: 64 * 1024,
};

export type LogShape = { frames: number; bytes: number; stateBytes: number };

export function needsCompaction(log: LogShape, policy: CompactionPolicy): boolean {
  if (log.frames <= 1) return false;
  if (log.frames > policy.maxFrames) return true;
  return log.bytes >= policy.minBytes && log.bytes > policy.growthFactor * log.stateBytes;
}
