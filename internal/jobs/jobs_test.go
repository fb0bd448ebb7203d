package jobs

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"testing"
	"time"
)

func TestEveryRunsUntilCancelledAndSurvivesErrors(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	runs := 0
	done := make(chan struct{})
	go func() {
		defer close(done)
		Every(ctx, time.Millisecond, "test", slog.New(slog.NewTextHandler(io.Discard, nil)), func(context.Context) error {
			runs++
			if runs == 3 {
				cancel()
			}
			return errors.New("failing job keeps its schedule")
		})
	}()
	<-done
	if runs < 3 {
		t.Fatalf("job ran %d times, want at least 3", runs)
	}
}
