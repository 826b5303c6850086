package io.lineup.run;

class GroupRunH2Test extends GroupRunContract {}
