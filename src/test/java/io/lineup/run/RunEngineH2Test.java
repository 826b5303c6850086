package io.lineup.run;

class RunEngineH2Test extends RunEngineContract {}
