import '../plan/define.js';
import { PcpBudgetTable } from './pcp-budget-table.js';

if (!customElements.get('pcp-budget-table')) customElements.define('pcp-budget-table', PcpBudgetTable);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-budget-table': PcpBudgetTable;
  }
}

export { PcpBudgetTable };
