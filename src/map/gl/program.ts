import { uniformSetters, type UniformSetters, type UniformTable } from './uniforms.js';

/** A linked program, its uniforms' setters and its attributes' locations. */
export interface LinkedProgram<T extends UniformTable> {
  readonly program: WebGLProgram;
  readonly uniforms: UniformSetters<T>;
  /** By attribute name; -1 for one the program does not use. */
  readonly attributes: ReadonlyMap<string, number>;
}

/** Per-instance float attributes: name → floats (1–4) and offset in the instance record. */
export type AttributeTable = Readonly<Record<string, { readonly size: 1 | 2 | 3 | 4; readonly offset: number }>>;

/** The `in …;` lines of a vertex shader's attributes. */
export function declareAttributes(table: AttributeTable): string {
  return Object.entries(table)
    .map(([name, { size }]) => `in ${size === 1 ? 'float' : `vec${size}`} ${name};`)
    .join('\n');
}

export function linkProgram<T extends UniformTable>(
  gl: WebGL2RenderingContext,
  sources: { vertex: string; fragment: string },
  uniforms: T,
  attributes: readonly string[] = [],
): LinkedProgram<T> {
  const program = gl.createProgram();
  const shaders = [compile(gl, gl.VERTEX_SHADER, sources.vertex), compile(gl, gl.FRAGMENT_SHADER, sources.fragment)];
  for (const shader of shaders) gl.attachShader(program, shader);
  gl.linkProgram(program);
  // The program keeps what it needs; the shaders go with it.
  for (const shader of shaders) gl.deleteShader(shader);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
    throw new Error(`coop-map arc shader failed to link: ${gl.getProgramInfoLog(program) ?? ''}`);
  }
  return {
    program,
    uniforms: uniformSetters(gl, program, uniforms),
    attributes: new Map(attributes.map((name) => [name, gl.getAttribLocation(program, name)])),
  };
}

export function deletePrograms(
  gl: WebGL2RenderingContext,
  programs: Iterable<LinkedProgram<UniformTable> | null>,
): void {
  for (const linked of programs) if (linked) gl.deleteProgram(linked.program);
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error(`coop-map arc shader failed to compile: ${gl.getShaderInfoLog(shader) ?? ''}`);
  }
  return shader;
}
