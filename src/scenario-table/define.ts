import '../plan/define.js';
import { PcpScenarioTable } from './pcp-scenario-table.js';

if (!customElements.get('pcp-scenario-table')) customElements.define('pcp-scenario-table', PcpScenarioTable);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-scenario-table': PcpScenarioTable;
  }
}

export { PcpScenarioTable };
