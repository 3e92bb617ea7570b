import { describeLosslessShard } from "./testing/lossless-property";

// Spec §8 on the .xlsx path, part 3 of the lossless property (see testing/lossless-property.ts).
describeLosslessShard(3);
