// Preloaded (node --import) by a CLI test: a clock that moves on 100 ms each time it is read,
// so a run counts as long, and shows its rate, however quickly this machine renders it.
let now = Date.now();
Date.now = () => (now += 100);
