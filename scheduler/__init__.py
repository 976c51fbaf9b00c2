"""Due work and its pacing: the outbox sender and the tick that runs timers. Framework-free."""
