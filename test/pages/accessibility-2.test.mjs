// Part 2 of the accessibility suite (see accessibility-suite.mjs): two processes run the cases side by side.
import { accessibilitySuite } from './accessibility-suite.mjs';

accessibilitySuite({ shard: 2, of: 2 });
