import { afterEach, describe, expect, it } from 'vitest';
import type { CustomRenderMethodInput } from 'maplibre-gl';
import { cleanup, mount, nextEvent } from './helpers.js';
import {
  ARC_FRAGMENT_SHADER,
  ARC_UNIFORMS,
  arcVertexSource,
  COMPOSITE_FRAGMENT_SHADER,
  COMPOSITE_UNIFORMS,
  COMPOSITE_VERTEX_SHADER,
  depthCompositeShader,
  depthCompositeUniforms,
} from '../../src/map/arc-shaders.js';
import { linkProgram } from '../../src/map/gl/program.js';
import { activeUniforms, type UniformTable } from '../../src/map/gl/uniforms.js';

afterEach(cleanup);

type ShaderData = CustomRenderMethodInput['shaderData'];

/** The GL context of a map showing one arc, and the shader data MapLibre gives its arc layer. */
async function arcContext(projection: 'mercator' | 'globe') {
  const data = {
    places: [
      { id: 'a', lon: 0, lat: 0 },
      { id: 'b', lon: 30, lat: 10 },
    ],
    links: [{ id: 'ab', source: 'a', target: 'b' }],
  };
  const element = mount({ projection }, { data });
  await nextEvent(element, 'coop-load');
  type Prerender = (gl: WebGL2RenderingContext, args: CustomRenderMethodInput) => void;
  const layer = (element.map!.getLayer('coop-arcs') as unknown as { implementation: { prerender: Prerender } })
    .implementation;
  const prerender = layer.prerender;
  const shaderData = await new Promise<ShaderData>((resolve) => {
    layer.prerender = function (this: unknown, gl, args) {
      resolve(args.shaderData);
      return prerender.call(this, gl, args);
    };
    element.map!.triggerRepaint();
  });
  layer.prerender = prerender;
  return { gl: element.map!.getCanvas().getContext('webgl2')!, shaderData };
}

/**
 * The uniforms a program uses, and those its table says it should: all of the table's own, and
 * of the prelude's those the prelude declares.
 */
const declaration = (name: string) => new RegExp(`\\buniform\\s+(?:\\w+\\s+)?\\w+\\s+${name}\\b`);

function uniformsOf(gl: WebGL2RenderingContext, sources: { vertex: string; fragment: string }, table: UniformTable) {
  const linked = linkProgram(gl, sources, table);
  const active = activeUniforms(gl, linked.program).sort();
  gl.deleteProgram(linked.program);
  const declared = Object.entries(table)
    .filter(([name, spec]) => !spec.prelude || declaration(name).test(sources.vertex))
    .map(([name]) => name)
    .sort();
  return { active, declared };
}

describe('uniform tables', () => {
  const projections = ['mercator', 'globe'] as const;
  it.each(projections)('are exactly the uniforms the linked programs use (%s)', async (projection) => {
    const { gl, shaderData } = await arcContext(projection);
    expect(shaderData.variantName).toContain(projection);
    const programs: [string, { vertex: string; fragment: string }, UniformTable][] = [
      ['arcs', { vertex: arcVertexSource(shaderData), fragment: ARC_FRAGMENT_SHADER }, ARC_UNIFORMS],
      ['composite', { vertex: COMPOSITE_VERTEX_SHADER, fragment: COMPOSITE_FRAGMENT_SHADER }, COMPOSITE_UNIFORMS],
      ...[1, 3].map((n): [string, { vertex: string; fragment: string }, UniformTable] => [
        `depth composite of ${n}`,
        { vertex: COMPOSITE_VERTEX_SHADER, fragment: depthCompositeShader(n) },
        depthCompositeUniforms(n),
      ]),
    ];
    for (const [name, sources, table] of programs) {
      const { active, declared } = uniformsOf(gl, sources, table);
      expect(active, name).toEqual(declared);
    }
    // The globe's prelude declares every projection uniform; Web Mercator's only the matrix.
    const prelude = Object.entries(ARC_UNIFORMS).flatMap(([name, spec]) => ('prelude' in spec ? [name] : []));
    const { active } = uniformsOf(gl, programs[0]![1], ARC_UNIFORMS);
    expect(prelude.filter((name) => active.includes(name)).length).toBe(projection === 'globe' ? prelude.length : 1);
  });
});
