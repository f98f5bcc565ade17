// Types of bench/long-task.mjs, for the unit tests.
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[]; positionTicks?: { line: number; ticks: number }[] }[];
  samples: number[];
  timeDeltas: number[];
}
export interface Stretch {
  start: number;
  duration: number;
  from: number;
  to: number;
}
export interface Timed {
  frame: CallFrame;
  ms: number;
  hotLine?: number;
}
export function busyStretches(profile: CpuProfile, count?: number): Stretch[];
export function stretchFunctions(
  profile: CpuProfile,
  stretch: Pick<Stretch, 'from' | 'to'>,
  top?: number,
): { self: Timed[]; total: Timed[]; path: Timed[] };
export function sourceLocator(
  fetchText: (url: string) => Promise<string>,
): (frame: CallFrame, hotLine?: number) => Promise<string>;
