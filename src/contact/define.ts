import '../plan/define.js';
import { PcpContact } from './pcp-contact.js';

if (!customElements.get('pcp-contact')) customElements.define('pcp-contact', PcpContact);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-contact': PcpContact;
  }
}

export { PcpContact };
