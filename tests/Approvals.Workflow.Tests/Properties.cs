// The timer and repository specs mostly wait for the bus to go quiet or for a count to settle, not on the CPU: more of
// them at once than the machine has cores keeps the cores busy.
[assembly: CollectionBehavior(MaxParallelThreads = 6)]
