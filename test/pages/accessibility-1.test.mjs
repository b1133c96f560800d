// Part 1 of the accessibility suite (see accessibility-suite.mjs): two processes run the cases side by side.
import { accessibilitySuite } from './accessibility-suite.mjs';

accessibilitySuite({ shard: 1, of: 2 });
