package io.lineup.load;

class ImportFilesH2Test extends ImportFilesContract {}
