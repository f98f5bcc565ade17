import { CoopMap } from './coop-map.component.js';

export { CoopMap };

if (!customElements.get('coop-map')) customElements.define('coop-map', CoopMap);

declare global {
  interface HTMLElementTagNameMap {
    'coop-map': CoopMap;
  }
}
