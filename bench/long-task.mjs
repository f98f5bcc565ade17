// The longest stretch of main-thread work in a DevTools CPU profile, and what ran in it: the
// samples between two idle ones are one task (or tasks queued back to back, which block the
// page as one). Functions are given as file:line of the sources, through the source maps the
// dev server serves inline with each module.
import { SourceMapConsumer } from 'source-map-js';

const IDLE = '(idle)';

/** Parent of each node id, and each node by id. */
function tree(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  return { byId, parent };
}

/**
 * The `count` longest runs of samples none of which is idle, longest first: each with its start
 * (ms from the profile's start), duration and first and last sample.
 */
export function busyStretches(profile, count = 1) {
  const { byId } = tree(profile);
  const stretches = [];
  let time = 0;
  let run = null;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    time += delta;
    if (byId.get(profile.samples[i])?.callFrame.functionName === IDLE) {
      run = null;
      continue;
    }
    if (run === null) stretches.push((run = { start: time, duration: 0, from: i, to: i }));
    else [run.duration, run.to] = [run.duration + delta, i];
  }
  return stretches.sort((a, b) => b.duration - a.duration).slice(0, count);
}

const frameName = ({ functionName, url, lineNumber, columnNumber }) =>
  `${functionName || '(anonymous)'}\u0000${url}\u0000${lineNumber}\u0000${columnNumber}`;

/**
 * Self and total time of each function over samples `from`..`to` (a function counted once per
 * sample however deep it recurses), most first, and the heaviest path from the root down.
 */
export function stretchFunctions(profile, { from, to }, top = 15) {
  const { byId, parent } = tree(profile);
  const self = new Map();
  const total = new Map();
  const frames = new Map();
  const nodeTime = new Map();
  for (let i = from; i <= to; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = profile.samples[i];
    const leafKey = frameName(byId.get(leaf).callFrame);
    self.set(leafKey, (self.get(leafKey) ?? 0) + dt);
    const seen = new Set();
    for (let id = leaf; id !== undefined; id = parent.get(id)) {
      nodeTime.set(id, (nodeTime.get(id) ?? 0) + dt);
      const frame = byId.get(id).callFrame;
      const key = frameName(frame);
      frames.set(key, frame);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
    frames.set(leafKey, byId.get(leaf).callFrame);
  }
  // The line of a function that took most samples (over the whole profile: V8 counts them per node).
  const lineTicks = new Map();
  for (const node of profile.nodes) {
    const key = frameName(node.callFrame);
    if (!self.has(key)) continue;
    const lines = lineTicks.get(key) ?? new Map();
    for (const { line, ticks } of node.positionTicks ?? []) lines.set(line, (lines.get(line) ?? 0) + ticks);
    lineTicks.set(key, lines);
  }
  const hotLine = (key) => [...(lineTicks.get(key) ?? new Map()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const sorted = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => ({ frame: frames.get(key), ms, hotLine: map === self ? hotLine(key) : undefined }));
  // The heaviest path: from the root, always into the child with the most time in the stretch.
  const path = [];
  let node = profile.nodes[0];
  while (node) {
    if (node.callFrame.functionName !== '(root)') path.push({ frame: node.callFrame, ms: nodeTime.get(node.id) ?? 0 });
    const children = (node.children ?? []).filter((c) => nodeTime.has(c));
    if (children.length === 0) break;
    node = byId.get(children.reduce((a, b) => (nodeTime.get(a) >= nodeTime.get(b) ? a : b)));
  }
  return { self: sorted(self), total: sorted(total), path };
}

/**
 * Where a frame of a served module is in its source: `src/file.ts:line`, through the module's
 * inline source map; with `hotLine` (a line of the served module), also that line in the source.
 */
export function sourceLocator(fetchText) {
  const consumers = new Map();
  const consumer = (url) => {
    if (!consumers.has(url))
      consumers.set(
        url,
        fetchText(url).then(
          (code) => {
            const match =
              /\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)/.exec(code);
            return match ? new SourceMapConsumer(JSON.parse(Buffer.from(match[1], 'base64').toString('utf8'))) : null;
          },
          () => null,
        ),
      );
    return consumers.get(url);
  };
  const locate = (map, line, column) => map?.originalPositionFor({ line, column }) ?? null;
  return async ({ functionName, url, lineNumber, columnNumber }, hotLine) => {
    const name = functionName || '(anonymous)';
    if (!url) return name;
    const where = url.replace(/^https?:\/\/[^/]+\//, '').split('?')[0];
    const map = where.startsWith('src/') || where.startsWith('bench/') ? await consumer(url) : null;
    const original = locate(map, lineNumber + 1, columnNumber);
    if (!original?.line) return `${name} ${where}:${lineNumber + 1}:${columnNumber + 1}`;
    const file = `${where.replace(/[^/]+$/, '')}${original.source.split('/').pop()}`;
    const hot = hotLine === undefined ? null : firstMapped(map, hotLine);
    return `${name} ${file}:${original.line}${hot ? ` (most samples on line ${hot})` : ''}`;
  };
}

/** The source line of the first mapped position on a served line. */
function firstMapped(map, line) {
  let found = null;
  map.eachMapping((m) => {
    if (found === null && m.generatedLine === line && m.originalLine) found = m.originalLine;
  });
  return found;
}
