import '../plan/define.js';
import { PcpObjectives } from './pcp-objectives.js';

if (!customElements.get('pcp-objectives')) customElements.define('pcp-objectives', PcpObjectives);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-objectives': PcpObjectives;
  }
}

export { PcpObjectives };
