import '../plan/define.js';
import { PcpProgress } from './pcp-progress.js';

if (!customElements.get('pcp-progress')) customElements.define('pcp-progress', PcpProgress);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-progress': PcpProgress;
  }
}

export { PcpProgress };
