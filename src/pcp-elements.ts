/**
 * The CDN bundle: registers every element. `<script type="module" src=".../pcp-elements.js">`.
 * Each new element's define module joins this list.
 */
import './plan/define.js';
import './plan-summary/define.js';
import './objectives/define.js';
import './priority-wheel/define.js';
import './budget-table/define.js';
import './scenario-table/define.js';
import './funding/define.js';
import './progress/define.js';
import './outcomes/define.js';
import './action-plan/define.js';
import './foreword/define.js';
import './contact/define.js';
import './national-priorities/define.js';
import './monitoring/define.js';
import './grants/define.js';
import './plan-document/define.js';

export * from './index.js';
