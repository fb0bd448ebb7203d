// Package jobs runs Warta's background work on a schedule (publishing
// scheduled posts, replaying cache purges). Jobs must be safe to run on
// several servers sharing one database: each job guards its own writes
// (for example with a conditional UPDATE), so jobs needs no lock of its own.
package jobs

import (
	"context"
	"log/slog"
	"time"
)

// Every runs fn now and then every interval until ctx ends. Errors are
// logged with the job's name and do not stop the schedule.
func Every(ctx context.Context, interval time.Duration, name string, log *slog.Logger, fn func(context.Context) error) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := fn(ctx); err != nil && ctx.Err() == nil {
			log.Error("job failed", "job", name, "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
