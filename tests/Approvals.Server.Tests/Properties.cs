// Most specs spend their time waiting for messages to cross the in-memory bus, not on the CPU: twice as many at once as
// a two-core machine has cores keeps the cores busy. Not more: most classes share one server and its one SQLite writer.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
