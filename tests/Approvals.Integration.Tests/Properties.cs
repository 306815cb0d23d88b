// The fault tests kill and restart the shared broker and start many processes on two cores: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// Every test here runs against RabbitMQ; build/test.sh --fast leaves them out.
[assembly: AssemblyTrait(Category.Trait, Category.Broker)]
