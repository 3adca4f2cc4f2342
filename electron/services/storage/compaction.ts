/**
 * When a program file is rewritten as one frame. Appends are cheap but every
 * keystroke adds a frame; rewriting bounds both the frame count (load time) and
 * the file's overhead over the document itself. A rewrite writes the whole
 * document, so it must be rare: its cost spread over the frames since the last
 * one is what typing really writes (docs/benchmarks.md measures it).
 */
export type CompactionPolicy = {
  maxFrames: number;
  /** Rewrite once the file is this many times larger than the encoded document. */
  growthFactor: number;
  /** Below this size a file is never rewritten for its growth alone. */
  minBytes: number;
};

export const DEFAULT_COMPACTION: CompactionPolicy = {
  // Ten thousand keystroke-sized frames apply in about 0.1 s when a program is
  // opened; rewriting a 1.5 MB program that often costs about 150 bytes a keystroke.
  maxFrames: 10_000,
  growthFactor: 2,
  minBytes: 64 * 1024,
};

export type LogShape = { frames: number; bytes: number; stateBytes: number };

export function needsCompaction(log: LogShape, policy: CompactionPolicy): boolean {
  if (log.frames <= 1) return false;
  if (log.frames > policy.maxFrames) return true;
  return log.bytes >= policy.minBytes && log.bytes > policy.growthFactor * log.stateBytes;
}
