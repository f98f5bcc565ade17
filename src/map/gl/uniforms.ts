/**
 * Uniforms declared once. A program's uniforms are a table (name → GLSL type, the shader stages
 * that use it, an array length); the GLSL `uniform …;` lines are generated from the table and the
 * program gets a typed setter per entry, so no uniform is set by a name written by hand and a
 * shader cannot declare what the table does not (a browser test links every program and compares
 * its active uniforms with its table).
 */

export type GlslType = 'float' | 'int' | 'vec2' | 'vec3' | 'vec4' | 'mat4' | 'sampler2D';

export interface UniformSpec {
  readonly type: GlslType;
  /** Stages that declare it; a uniform of both stages must have the same precision in each. */
  readonly stage: 'vertex' | 'fragment' | 'both';
  /** An array of this many elements. */
  readonly length?: number;
  /**
   * Declared by MapLibre's projection prelude rather than by the table; the prelude of some
   * projections leaves it out, and then setting it does nothing.
   */
  readonly prelude?: boolean;
}

export type UniformTable = Readonly<Record<string, UniformSpec>>;

type ScalarType = 'float' | 'int' | 'sampler2D';

/** The arguments of a uniform's setter: numbers for a scalar or vector, a list for a matrix or an array. */
export type UniformArgs<S extends UniformSpec> = S extends { length: number }
  ? [values: S['type'] extends 'int' | 'sampler2D' ? Int32List : Float32List]
  : S['type'] extends ScalarType
    ? [value: number]
    : S['type'] extends 'vec2'
      ? [x: number, y: number]
      : S['type'] extends 'vec3'
        ? [x: number, y: number, z: number]
        : S['type'] extends 'vec4'
          ? [x: number, y: number, z: number, w: number]
          : [matrix: Float32List];

export type UniformSetters<T extends UniformTable> = { readonly [K in keyof T]: (...args: UniformArgs<T[K]>) => void };

/** The `uniform …;` lines of one stage of a table (those the prelude declares left out). */
export function declareUniforms(table: UniformTable, stage: 'vertex' | 'fragment'): string {
  return Object.entries(table)
    .filter(([, spec]) => !spec.prelude && (spec.stage === stage || spec.stage === 'both'))
    .map(([name, spec]) => `uniform ${spec.type} ${name}${spec.length === undefined ? '' : `[${spec.length}]`};`)
    .join('\n');
}

type AnySetter = (...args: never[]) => void;

/** A setter for each uniform of the table, bound to its location in a linked program. */
export function uniformSetters<T extends UniformTable>(
  gl: WebGL2RenderingContext,
  program: WebGLProgram,
  table: T,
): UniformSetters<T> {
  const setters: Record<string, AnySetter> = {};
  for (const [name, spec] of Object.entries(table)) {
    setters[name] = setterFor(gl, gl.getUniformLocation(program, name), spec);
  }
  return setters as unknown as UniformSetters<T>;
}

function setterFor(gl: WebGL2RenderingContext, at: WebGLUniformLocation | null, spec: UniformSpec): AnySetter {
  if (spec.length !== undefined) {
    if (spec.type === 'int' || spec.type === 'sampler2D') return (values: Int32List) => gl.uniform1iv(at, values);
    if (spec.type === 'vec3') return (values: Float32List) => gl.uniform3fv(at, values);
    if (spec.type === 'float') return (values: Float32List) => gl.uniform1fv(at, values);
    throw new Error(`coop-map: no setter for arrays of ${spec.type}`);
  }
  switch (spec.type) {
    case 'float':
      return (x: number) => gl.uniform1f(at, x);
    case 'int':
    case 'sampler2D':
      return (x: number) => gl.uniform1i(at, x);
    case 'vec2':
      return (x: number, y: number) => gl.uniform2f(at, x, y);
    case 'vec3':
      return (x: number, y: number, z: number) => gl.uniform3f(at, x, y, z);
    case 'vec4':
      return (x: number, y: number, z: number, w: number) => gl.uniform4f(at, x, y, z, w);
    case 'mat4':
      return (matrix: Float32List) => gl.uniformMatrix4fv(at, false, matrix);
  }
}

/** Names of the uniforms a linked program uses (an array by its name, without `[0]`). */
export function activeUniforms(gl: WebGL2RenderingContext, program: WebGLProgram): string[] {
  const count = gl.getProgramParameter(program, gl.ACTIVE_UNIFORMS) as number;
  return Array.from({ length: count }, (_, i) => gl.getActiveUniform(program, i)!.name.replace(/\[0\]$/, ''));
}
