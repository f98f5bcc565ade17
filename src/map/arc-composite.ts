import type { ArcHighlight, Rgb } from './arc-draw.js';
import {
  COMPOSITE_FRAGMENT_SHADER,
  COMPOSITE_UNIFORMS,
  COMPOSITE_VERTEX_SHADER,
  depthCompositeShader,
  depthCompositeUniforms,
  HIGHLIGHT_DIM,
  type DepthCompositeUniforms,
} from './arc-shaders.js';
import { deletePrograms, linkProgram, type LinkedProgram } from './gl/program.js';

/** Alpha the depth images keep under a highlight: less while a place is hovered than for a link. */
export function highlightDim({ hoverLink, hoverPlace, selectedLink }: ArcHighlight): number {
  if (hoverPlace >= 0) return HIGHLIGHT_DIM[0];
  return hoverLink >= 0 || selectedLink >= 0 ? HIGHLIGHT_DIM[1] : 1;
}

/** Lays the cached arc images over the map, each as a full-screen triangle. */
export class ArcCompositor {
  private color: LinkedProgram<typeof COMPOSITE_UNIFORMS> | null = null;
  /** Programs that lay the depth images, by the number of images. */
  private readonly depth = new Map<number, LinkedProgram<DepthCompositeUniforms>>();

  /** The opacity (./density.ts) the images were last laid with, as the GPU was given it. */
  laidOpacity: number | null = null;

  /** 8-bit images of premultiplied color, one over the other, faded to `opacity`. */
  layColor(gl: WebGL2RenderingContext, textures: readonly WebGLTexture[], opacity: number): void {
    const sources = { vertex: COMPOSITE_VERTEX_SHADER, fragment: COMPOSITE_FRAGMENT_SHADER };
    const program = (this.color ??= linkProgram(gl, sources, COMPOSITE_UNIFORMS));
    gl.useProgram(program.program);
    gl.activeTexture(gl.TEXTURE0);
    program.uniforms.u_image(0);
    program.uniforms.u_opacity(opacity);
    this.laidOpacity = opacity;
    for (const texture of textures) {
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.drawArrays(gl.TRIANGLES, 0, 3);
    }
  }

  /**
   * Depth images of the shown sectors in one pass: their depths add up before they cover the map;
   * `opacity` scales the depth (each arc covers as if its alpha were 1 - (1 - alpha)^opacity).
   */
  layDepth(
    gl: WebGL2RenderingContext,
    images: readonly { texture: WebGLTexture; color: Rgb }[],
    dim: number,
    opacity: number,
  ): void {
    const program = this.depthProgram(gl, images.length);
    gl.useProgram(program.program);
    const colors = new Float32Array(images.length * 3);
    images.forEach(({ texture, color }, i) => {
      gl.activeTexture(gl.TEXTURE0 + i);
      gl.bindTexture(gl.TEXTURE_2D, texture);
      colors.set(
        color.map((c) => c / 255),
        i * 3,
      );
    });
    program.uniforms.u_images(Int32Array.from(images, (_, i) => i));
    program.uniforms.u_colors(colors);
    program.uniforms.u_dim(dim);
    program.uniforms.u_opacity(opacity);
    this.laidOpacity = opacity;
    gl.drawArrays(gl.TRIANGLES, 0, 3);
    gl.activeTexture(gl.TEXTURE0);
  }

  free(gl: WebGL2RenderingContext): void {
    deletePrograms(gl, [this.color, ...this.depth.values()]);
    this.color = null;
    this.depth.clear();
  }

  private depthProgram(gl: WebGL2RenderingContext, images: number): LinkedProgram<DepthCompositeUniforms> {
    let program = this.depth.get(images);
    if (!program) {
      const sources = { vertex: COMPOSITE_VERTEX_SHADER, fragment: depthCompositeShader(images) };
      program = linkProgram(gl, sources, depthCompositeUniforms(images));
      this.depth.set(images, program);
    }
    return program;
  }
}
