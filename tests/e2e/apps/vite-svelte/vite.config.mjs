import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Svelte's plugin, nothing for coop-map: Svelte knows a tag with a dash is a custom element.
export default defineConfig({ plugins: [svelte()] });
