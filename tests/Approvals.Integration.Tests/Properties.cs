// Two test classes at a time, each on its own virtual host and its own processes: most of a fault test is waiting
// (for processes to start, for the broker to redeliver, for the ledger to settle), not computing. The tests that stop
// or kill the shared broker run afterwards, alone (BrokerWideFaults).
[assembly: CollectionBehavior(MaxParallelThreads = 2)]

// Every test here runs against RabbitMQ; build/test.sh --fast leaves them out.
[assembly: AssemblyTrait(Category.Trait, Category.Broker)]
