// Most specs spend their time waiting for messages to cross the in-memory bus, not on the CPU: more of them at once
// than the machine has cores keeps the cores busy.
[assembly: CollectionBehavior(MaxParallelThreads = 6)]
