/** Reports drawn in one chart at most (those with the largest values); the CSV holds them all. Pure: the build's snapshot reads it too. */
export const MAX_BARS = 40;
