package io.lineup.load;

class MergeH2Test extends MergeContract {}
